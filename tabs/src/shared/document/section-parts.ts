import type { DocumentSession } from './document-session';

/**
 * What every section part of a sectioned document (report, annual follow-up) is given: its section,
 * the session, whether it is read-only and whether it is still missing (`doc.missing` names labels).
 */
export function sectionParts<TDoc extends { etag: string; missing: string[] }>(
  session: DocumentSession<TDoc>,
  doc: TDoc,
  readOnly: boolean,
) {
  return <S extends { label: string }>(section: S) => ({ section, session, readOnly, missing: doc.missing.includes(section.label) });
}
