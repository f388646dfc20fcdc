import type { CommitmentPlan } from '../../domain/plan';
import type { DocumentQuery } from './document-commit';
import type { Fields, ListItem } from '../ports/list-store';
import type { ListName } from '../store/list-schema';
import { planKeyOf, toActivity, toCommitment, toFollowUp, toGoalArea, toPlanHeader, type PlanHeader } from '../store/records';

/** The five list queries that read a whole plan tree; sent together they cost one round trip. */
export function planQueries(unitId: string, schoolYear: string): { list: ListName; where: Fields }[] {
  const where = { planKey: planKeyOf(unitId, schoolYear) };
  return (['plans', 'planGoalAreas', 'commitments', 'activities', 'followUps'] as const).map((list) => ({ list, where }));
}

/** The lists a plan's parts live in, in the order planQueries reads them after the header. */
export const PLAN_PART_LISTS = ['planGoalAreas', 'commitments', 'activities', 'followUps'] as const satisfies ListName[];

/** The plan as one document: its header and its parts, read consistently by DocumentCommits. */
export function planDocument(unitId: string, schoolYear: string): DocumentQuery {
  const [header, ...parts] = planQueries(unitId, schoolYear);
  return { header, parts };
}

/** Assembles the tree from the answers to planQueries, in the same order. */
export function assemblePlan(
  unitId: string,
  schoolYear: string,
  results: ListItem[][],
): { plan: CommitmentPlan; header: PlanHeader } | undefined {
  const [plans, areas, commitments, activities, followUps] = results;
  if (plans.length === 0) return undefined;
  const header = toPlanHeader(plans[0]);
  const byPosition = <T extends { position: number; id: string }>(a: T, b: T) => a.position - b.position || Number(a.id) - Number(b.id);
  const goalAreas = areas.map(toGoalArea).sort(byPosition);
  const commitmentList = commitments.map(toCommitment).sort(byPosition);
  const byId = new Map(commitmentList.map((c) => [c.id, c]));
  for (const a of activities.map(toActivity).sort(byPosition)) byId.get(a.commitmentId)?.activities.push(a);
  for (const f of followUps.map(toFollowUp).sort((a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id)))
    byId.get(f.commitmentId)?.followUps.push(f);
  for (const c of commitmentList) goalAreas.find((g) => g.id === c.goalAreaId)?.commitments.push(c);
  return { plan: { id: header.id, unitId, schoolYear, status: header.status, goalAreas }, header };
}
