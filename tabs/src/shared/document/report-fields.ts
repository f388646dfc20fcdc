import type { ReportWrites } from '../../api/client';
import type { ListEntry, ReportDocument, SectionUpdate } from '../../api/types';
import type { FieldAdapter, FieldValue } from './document-session';

/** Keys of the report's fields: a text section, a list section, or one field of one commitment. */
export const textKey = (sectionKey: string) => `text/${sectionKey}`;
export const listKey = (sectionKey: string) => `list/${sectionKey}`;
export const commitmentFieldKey = (sectionKey: string, commitmentId: string, fieldKey: string) =>
  `commitment/${sectionKey}/${commitmentId}/${fieldKey}`;

const NO_ENTRIES: ListEntry[] = [];

/** A field's value in a document's content by section: a text, a list, or one field of one commitment. */
function readSectionField(content: Record<string, unknown>, key: string): FieldValue {
  const [kind, section, commitmentId, field] = key.split('/');
  const value = content[section];
  if (kind === 'list') return Array.isArray(value) ? (value as ListEntry[]) : NO_ENTRIES;
  if (kind === 'commitment') {
    const byCommitment = (value ?? {}) as Record<string, Record<string, string> | undefined>;
    return byCommitment[commitmentId]?.[field] ?? '';
  }
  return typeof value === 'string' ? value : '';
}

function toUpdate(key: string, value: FieldValue): SectionUpdate {
  const [kind, sectionKey, commitmentId, fieldKey] = key.split('/');
  if (kind === 'commitment') return { sectionKey, commitmentId, fieldKey, value };
  return { sectionKey, value };
}

/** The fields of a document written by section (the report, the annual follow-up): read from its content, saved in batches. */
export function sectionFields<TDoc>(
  contentOf: (doc: TDoc) => Record<string, unknown>,
  writes: { sections(etag: string, updates: SectionUpdate[]): Promise<TDoc> },
): FieldAdapter<TDoc> {
  return {
    batch: 50,
    read: (doc, key) => readSectionField(contentOf(doc), key),
    write: (etag, fields) =>
      writes.sections(
        etag,
        fields.map((f) => toUpdate(f.key, f.value)),
      ),
  };
}

export const reportFields = (writes: ReportWrites) => sectionFields<ReportDocument>((doc) => doc.report.content, writes);
