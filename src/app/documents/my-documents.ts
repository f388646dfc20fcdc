import type { Actor } from '../../domain/identity';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../domain/plan';
import { parseSchoolYear } from '../../domain/school-year';
import type { Directory } from '../directory/directory';
import type { ListStore } from '../ports/list-store';

export interface DocumentSummary {
  unitId: string;
  unitName: string;
  kind: 'plan' | 'report';
  schoolYear: string;
  /** null: not started. */
  status: DocumentStatus | null;
}

/** The status of every document of the person's units for some school years: one round trip, for "Mitt kvalitetsarbete". */
export async function myDocuments(store: ListStore, directory: Directory, actor: Actor, years: string[]): Promise<DocumentSummary[]> {
  const units = await directory.unitsFor(actor);
  const parsed = years.map(parseSchoolYear);
  const results = await store.queryMany(
    parsed.flatMap((schoolYear) => [
      { list: 'plans', where: { schoolYear } },
      { list: 'reports', where: { schoolYear } },
    ]),
  );
  const statusOf = (v: unknown) => DOCUMENT_STATUSES.find((s) => s === v) ?? null;
  return parsed.flatMap((schoolYear, i) =>
    units.flatMap((u) =>
      (['plan', 'report'] as const).map((kind, k) => ({
        unitId: u.id,
        unitName: u.name,
        kind,
        schoolYear,
        status: statusOf(results[i * 2 + k].find((item) => item.fields.unitId === u.id)?.fields.status),
      })),
    ),
  );
}
