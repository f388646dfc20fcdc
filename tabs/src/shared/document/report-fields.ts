import type { ReportWrites } from '../../api/client';
import type { ListEntry, ReportDocument, SectionUpdate } from '../../api/types';
import type { FieldAdapter, FieldValue } from './document-session';

/** Keys of the report's fields: a text section, a list section, or one field of one commitment. */
export const textKey = (sectionKey: string) => `text/${sectionKey}`;
export const listKey = (sectionKey: string) => `list/${sectionKey}`;
export const commitmentFieldKey = (sectionKey: string, commitmentId: string, fieldKey: string) =>
  `commitment/${sectionKey}/${commitmentId}/${fieldKey}`;

const NO_ENTRIES: ListEntry[] = [];

export function readReportField(doc: ReportDocument, key: string): FieldValue {
  const [kind, section, commitmentId, field] = key.split('/');
  const value = doc.report.content[section];
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

export function reportFields(writes: ReportWrites): FieldAdapter<ReportDocument> {
  return {
    batch: 50,
    read: readReportField,
    write: (etag, fields) =>
      writes.sections(
        etag,
        fields.map((f) => toUpdate(f.key, f.value)),
      ),
  };
}
