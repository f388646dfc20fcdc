/**
 * Every unit's plan tree of a school year in a few queries (one per list, paged) instead of one
 * read per unit: for background work that looks at all units at once (the year wheel's
 * check-ins). Plans, goal areas, commitments and follow-ups are read by school year; activities,
 * whose list has no school-year column, by one paged read of the list. Each tree is checked
 * against its header's manifest like DocumentCommits.read; a plan being written, or whose parts
 * do not match, is named in `unsettled` for the caller to read on its own (PlanService.tree).
 */
import type { CommitmentPlan } from '../../domain/plan';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import { committedParts } from './document-commit';
import { assemblePlan, PLAN_PART_LISTS } from './plan-tree';

export interface PlanTrees {
  /** By unit id: the committed plan of the year. */
  trees: Map<string, CommitmentPlan>;
  /** Units whose plan could not be taken from the set read (pending write, parts in flux). */
  unsettled: Set<string>;
}

export async function readPlanTrees(store: ListStore, schoolYear: string): Promise<PlanTrees> {
  const byYear = (list: string) => queryAll(store, list, { schoolYear });
  const [headers, ...parts] = await Promise.all([
    byYear('plans'),
    ...PLAN_PART_LISTS.map((list) => (list === 'activities' ? queryAll(store, list) : byYear(list))),
  ]);
  const byPlan = parts.map((items) => groupBy(items, (item) => String(item.fields.planKey ?? '')));
  const trees = new Map<string, CommitmentPlan>();
  const unsettled = new Set<string>();
  for (const header of headers) {
    const unitId = String(header.fields.unitId ?? '');
    const planKey = String(header.fields.planKey ?? '');
    if (trees.has(unitId) || unsettled.has(unitId)) continue;
    const committed = committedParts(
      header,
      PLAN_PART_LISTS,
      byPlan.map((groups) => groups.get(planKey) ?? []),
    );
    const tree = committed && assemblePlan(unitId, schoolYear, [[header], ...committed]);
    if (tree) trees.set(unitId, tree.plan);
    else unsettled.add(unitId);
  }
  return { trees, unsettled };
}

function groupBy(items: ListItem[], keyOf: (item: ListItem) => string): Map<string, ListItem[]> {
  const groups = new Map<string, ListItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
