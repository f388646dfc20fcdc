import type { PageKind } from '../../domain/page';
import type { ProcessConfig } from '../../domain/process-config';
import { parseSchoolYear } from '../../domain/school-year';
import type { ListStore } from '../ports/list-store';

/** A final document the organiser may publish, and when it was last published (if it was). */
export interface PublishableDocument {
  kind: Exclude<PageKind, 'yearWheel'>;
  unitId?: string;
  unitName?: string;
  schoolYear: string;
  title: string;
  publishedAt?: string;
  url?: string;
}

interface Published {
  kind: PageKind;
  schoolYear: string;
  unitId?: string;
  publishedAt: string;
  url: string;
}

/**
 * The year's final plans, reports and annual follow-up, in one round of reads. Only final
 * documents are offered: drafts and documents ready for dialogue are never listed.
 */
export async function publishableDocuments(
  store: ListStore,
  config: ProcessConfig,
  schoolYear: string,
  published: Published[],
): Promise<PublishableDocument[]> {
  const year = parseSchoolYear(schoolYear);
  // Filtered on the indexed school year only; the status is read here (SharePoint refuses unindexed filters on large lists).
  const where = { schoolYear: year };
  const [allPlans, allReports, units] = await store.queryMany([
    { list: 'plans', where, select: ['unitId', 'status'] },
    { list: 'reports', where, select: ['unitId', 'docKey', 'status'] },
    { list: 'units', select: ['name'] },
  ]);
  const plans = allPlans.filter((p) => p.fields.status === 'final');
  const reports = allReports.filter((r) => r.fields.status === 'final');
  const unitName = new Map(units.map((u) => [u.id, String(u.fields.name)]));
  const pageOf = (kind: PageKind, unitId?: string) =>
    published.find((p) => p.kind === kind && p.schoolYear === year && p.unitId === unitId);
  const entry = (kind: PublishableDocument['kind'], title: string, unitId?: string): PublishableDocument => {
    const page = pageOf(kind, unitId);
    return {
      kind,
      schoolYear: year,
      title,
      ...(unitId ? { unitId, unitName: unitName.get(unitId) ?? '' } : {}),
      ...(page ? { publishedAt: page.publishedAt, url: page.url } : {}),
    };
  };
  const docs: PublishableDocument[] = [];
  const annual = reports.find((r) => String(r.fields.docKey).startsWith('annual|'));
  if (annual) docs.push(entry('annualFollowUp', `${config.annualDefinition.label} ${year}`));
  for (const p of plans)
    if (unitName.has(String(p.fields.unitId)))
      docs.push(entry('plan', `${config.planLabel} ${year} – ${unitName.get(String(p.fields.unitId))}`, String(p.fields.unitId)));
  for (const r of reports)
    if (unitName.has(String(r.fields.unitId)))
      docs.push(
        entry('report', `${config.reportDefinition.label} ${year} – ${unitName.get(String(r.fields.unitId))}`, String(r.fields.unitId)),
      );
  return docs.sort((a, b) => order(a) - order(b) || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'sv'));
}

const order = (d: PublishableDocument) => ({ annualFollowUp: 0, plan: 1, report: 2 })[d.kind];
