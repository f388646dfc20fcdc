/** What a plan edit takes as input, and the change sets the plan's use cases write (PlanService). */
import { assertPickableBoardGoals } from '../../domain/board-goals';
import type { Actor } from '../../domain/identity';
import type { CommitmentPlan, FollowUpStatus } from '../../domain/plan';
import type { ProcessConfig } from '../../domain/process-config';
import type { Curriculum } from '../../domain/school-forms';
import type { SuccessFactor } from '../../domain/success-factors';
import type { ListName } from '../store/list-schema';
import type { PartChange } from './document-commit';
import type { Fields } from '../ports/list-store';

type Change = PartChange;

export interface MutationContext {
  plan: CommitmentPlan;
  config: ProcessConfig;
  curriculum: Curriculum;
  actor: Actor;
  today: string;
}

export interface CommitmentInput {
  title: string;
  description?: string;
  intendedEffects?: string;
  boardGoalIds?: string[];
  successFactors?: SuccessFactor[];
}
export interface ActivityInput {
  title: string;
  expectedResult?: string;
  outcome?: string;
}
export interface FollowUpInput {
  date?: string;
  status: FollowUpStatus;
  note: string;
}

/** A commitment a new plan starts with: carried over from last year, or from last year's development needs. */
export interface CommitmentSeed extends CommitmentInput {
  goalAreaKey: string;
  activities?: ActivityInput[];
}

export function commitmentRemoval(c: CommitmentPlan['goalAreas'][number]['commitments'][number]): Change[] {
  return [
    ...c.activities.map((a): Change => ({ op: 'delete', list: 'activities', id: a.id })),
    ...c.followUps.map((f): Change => ({ op: 'delete', list: 'followUps', id: f.id })),
    { op: 'delete', list: 'commitments', id: c.id },
  ];
}

/** Known board goals only; a retired one only on a commitment that already carries it (`kept`). */
export function assertKnownBoardGoals(ids: string[] | undefined, config: ProcessConfig, kept: string[] = []) {
  assertPickableBoardGoals(ids, config.boardGoals, kept);
}

export const commitmentFields = (input: CommitmentInput): Fields => ({
  title: input.title,
  description: input.description ?? '',
  intendedEffects: input.intendedEffects ?? '',
  boardGoalIds: JSON.stringify(input.boardGoalIds ?? []),
  successFactors: JSON.stringify(input.successFactors ?? []),
});

/** The lists the organiser's overview reads by school year carry it as a column. */
export const yearColumn = (list: ListName, schoolYear: string): Fields =>
  ['planGoalAreas', 'commitments', 'followUps'].includes(list) ? { schoolYear } : {};

export const definedOnly = (input: object): Fields =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Fields;
