import type { AnnualWrites } from '../../api/organiser-api';
import type { AnnualDocument } from '../../api/organiser-types';
import type { ListEntry } from '../../api/types';
import type { FieldAdapter, FieldValue } from '../../shared/document/document-session';
import { listKey, textKey } from '../../shared/document/report-fields';

export { listKey, textKey };

const NO_ENTRIES: ListEntry[] = [];

/** A field of the annual follow-up: `text/<section>` or `list/<section>`, as the report's. */
export function readAnnualField(doc: AnnualDocument, key: string): FieldValue {
  const [kind, section] = key.split('/');
  const value = doc.document.content[section];
  if (kind === 'list') return Array.isArray(value) ? (value as ListEntry[]) : NO_ENTRIES;
  return typeof value === 'string' ? value : '';
}

export function annualFields(writes: AnnualWrites): FieldAdapter<AnnualDocument> {
  return {
    batch: 50,
    read: readAnnualField,
    write: (etag, fields) =>
      writes.sections(
        etag,
        fields.map((f) => ({ sectionKey: f.key.split('/')[1], value: f.value })),
      ),
  };
}
