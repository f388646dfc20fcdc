/** The overview's table: which rows to show in what order, and when a follow-up is getting old. */
import type { OverviewUnit } from '../../api/organiser-types';
import type { DocumentStatus } from '../../api/types';
import { SCHOOL_FORM_ORDER } from '../../lib/labels';

/** A unit whose commitments were last followed up longer ago than this is marked. */
export const STALE_FOLLOW_UP_DAYS = 60;

export const isStale = (u: OverviewUnit) =>
  u.plan !== null && u.plan.commitments > 0 && (u.daysSinceFollowUp === null || u.daysSinceFollowUp > STALE_FOLLOW_UP_DAYS);

export type SortKey = 'name' | 'schoolForm' | 'plan' | 'report' | 'commitments' | 'followUp' | 'attendance' | 'tldT';
export interface Sort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

/** The table's columns in order: the key a heading sorts by (null: it does not sort) and the heading. */
export const COLUMNS: readonly (readonly [key: SortKey | null, label: string])[] = [
  ['name', 'Enhet'],
  ['plan', 'Dokument'],
  ['commitments', 'Åtaganden'],
  ['followUp', 'Senaste uppföljning'],
  ['attendance', 'Närvaro'],
  ['tldT', 'TLD-index'],
  [null, 'Nyckeltal'],
];

const STATUS_RANK: Record<DocumentStatus | 'none', number> = { none: 0, draft: 1, readyForDialogue: 2, final: 3 };
const formRank = (form: string) => SCHOOL_FORM_ORDER.indexOf(form) + 1 || SCHOOL_FORM_ORDER.length + 1;

/** The index of trygghet in the unit's latest shown round, if any. */
export const latestTrygghet = (u: OverviewUnit) =>
  [...u.tld].reverse().find((r) => r.shown && r.index?.T !== undefined && r.index?.T !== null)?.index?.T ?? null;

function value(u: OverviewUnit, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return u.unit.name;
    case 'schoolForm':
      return formRank(u.unit.schoolForm);
    case 'plan':
      return STATUS_RANK[u.plan?.status ?? 'none'];
    case 'report':
      return STATUS_RANK[u.report?.status ?? 'none'];
    case 'commitments':
      return u.plan?.commitments ?? null;
    case 'followUp':
      return u.daysSinceFollowUp;
    case 'attendance':
      return u.attendance && u.attendance.invited > 0 ? u.attendance.attended / u.attendance.invited : null;
    case 'tldT':
      return latestTrygghet(u);
  }
}

/** Sorted by the chosen column; rows without a value last either way, then by name. */
export function sortUnits(units: OverviewUnit[], sort: Sort): OverviewUnit[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...units].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    let c = 0;
    if (typeof va === 'string' && typeof vb === 'string') c = va.localeCompare(vb, 'sv');
    else if (typeof va === 'number' && typeof vb === 'number') c = va - vb;
    return c * sign || a.unit.name.localeCompare(b.unit.name, 'sv');
  });
}

/** The school forms present, youngest first, for the filter. */
export function schoolFormsOf(units: OverviewUnit[]): { key: string; label: string }[] {
  const forms = new Map<string, string>();
  for (const u of units) forms.set(u.unit.schoolForm, u.unit.schoolFormLabel);
  return [...forms].map(([key, label]) => ({ key, label })).sort((a, b) => formRank(a.key) - formRank(b.key));
}

/** Clicking the sorted column turns it round; another column starts ascending (days: oldest first). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
  return { key, dir: key === 'followUp' ? 'descending' : 'ascending' };
}
