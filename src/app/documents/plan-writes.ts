/** The change sets of the plan's edits: each reads the plan as it is and decides what one write changes (PlanService.mutate). */
import {
  assertCanAddGoalArea,
  assertCanRemoveGoalArea,
  assertEditable,
  findActivity,
  findCommitment,
  findGoalArea,
  nextPosition,
} from '../../domain/plan';
import type { GoalAreaDefinition } from '../../domain/process-config';
import type { PartChange } from './document-commit';
import type { Fields } from '../ports/list-store';
import {
  assertKnownBoardGoals,
  commitmentFields,
  commitmentRemoval,
  definedOnly,
  type ActivityInput,
  type CommitmentInput,
  type CommitmentSeed,
  type FollowUpInput,
  type MutationContext,
} from './plan-edits';

type Change = PartChange;

export const addGoalAreaChanges =
  (key: string) =>
  ({ plan, config, curriculum }: MutationContext): Change[] => {
    const def = assertCanAddGoalArea(plan, key, config.planRules, config.goalAreas[curriculum]);
    return [
      {
        op: 'create',
        list: 'planGoalAreas',
        fields: { key: def.key, label: def.label, required: false, position: nextPosition(plan.goalAreas) },
      },
    ];
  };

export const removeGoalAreaChanges =
  (goalAreaId: string) =>
  ({ plan, config, curriculum }: MutationContext): Change[] => {
    const area = assertCanRemoveGoalArea(plan, goalAreaId, config.planRules, curriculum);
    return [...area.commitments.flatMap((c) => commitmentRemoval(c)), { op: 'delete', list: 'planGoalAreas', id: area.id }];
  };

export const addCommitmentChanges =
  (goalAreaId: string, input: CommitmentInput) =>
  ({ plan, config }: MutationContext): Change[] => {
    assertEditable(plan);
    assertKnownBoardGoals(input.boardGoalIds, config);
    const area = findGoalArea(plan, goalAreaId);
    return [
      {
        op: 'create',
        list: 'commitments',
        fields: { goalAreaId: area.id, ...commitmentFields(input), position: nextPosition(area.commitments) },
      },
    ];
  };

export const updateCommitmentChanges =
  (commitmentId: string, input: Partial<CommitmentInput>) =>
  ({ plan, config }: MutationContext): Change[] => {
    assertEditable(plan);
    const c = findCommitment(plan, commitmentId);
    assertKnownBoardGoals(input.boardGoalIds, config, c.boardGoalIds);
    const { boardGoalIds, successFactors, ...texts } = input;
    const fields: Fields = definedOnly(texts);
    if (boardGoalIds) fields.boardGoalIds = JSON.stringify(boardGoalIds);
    if (successFactors) fields.successFactors = JSON.stringify(successFactors);
    return [{ op: 'update', list: 'commitments', id: c.id, fields }];
  };

export const removeCommitmentChanges =
  (commitmentId: string) =>
  ({ plan }: MutationContext): Change[] => {
    assertEditable(plan);
    return commitmentRemoval(findCommitment(plan, commitmentId));
  };

export const addActivityChanges =
  (commitmentId: string, input: ActivityInput) =>
  ({ plan }: MutationContext): Change[] => {
    assertEditable(plan);
    const c = findCommitment(plan, commitmentId);
    return [
      {
        op: 'create',
        list: 'activities',
        fields: {
          commitmentId: c.id,
          title: input.title,
          expectedResult: input.expectedResult ?? '',
          outcome: input.outcome ?? '',
          position: nextPosition(c.activities),
        },
      },
    ];
  };

export const updateActivityChanges =
  (activityId: string, input: Partial<ActivityInput>) =>
  ({ plan }: MutationContext): Change[] => {
    // The outcome is written during and after the year, also in a final plan.
    if (input.title !== undefined || input.expectedResult !== undefined) assertEditable(plan);
    return [{ op: 'update', list: 'activities', id: findActivity(plan, activityId).id, fields: definedOnly(input) }];
  };

export const removeActivityChanges =
  (activityId: string) =>
  ({ plan }: MutationContext): Change[] => {
    assertEditable(plan);
    return [{ op: 'delete', list: 'activities', id: findActivity(plan, activityId).id }];
  };

export const addFollowUpChanges =
  (commitmentId: string, input: FollowUpInput) =>
  ({ plan, actor: who, today }: MutationContext): Change[] => {
    const c = findCommitment(plan, commitmentId);
    return [
      {
        op: 'create',
        list: 'followUps',
        fields: {
          commitmentId: c.id,
          date: input.date ?? today,
          status: input.status,
          note: input.note,
          authorId: who.userId,
          authorName: who.displayName,
        },
      },
    ];
  };

/** A new plan's whole tree as one change set: the goal areas and the commitments (with activities) carried over. */
export function startChanges(
  planKey: string,
  year: string,
  areas: GoalAreaDefinition[],
  required: Set<string>,
  seeds: CommitmentSeed[],
): Change[] {
  const parts: Change[] = [];
  for (const [position, def] of areas.entries()) {
    parts.push({
      op: 'create',
      list: 'planGoalAreas',
      as: `area${position}`,
      fields: { planKey, schoolYear: year, key: def.key, label: def.label, required: required.has(def.key), position },
    });
    for (const [i, seed] of seeds.filter((s) => s.goalAreaKey === def.key).entries()) {
      const name = `c${position}.${i}`;
      parts.push({
        op: 'create',
        list: 'commitments',
        as: name,
        fields: { planKey, schoolYear: year, goalAreaId: `$ref:area${position}`, ...commitmentFields(seed), position: i },
      });
      for (const [j, a] of (seed.activities ?? []).entries()) {
        parts.push({
          op: 'create',
          list: 'activities',
          fields: {
            planKey,
            commitmentId: `$ref:${name}`,
            title: a.title,
            expectedResult: a.expectedResult ?? '',
            outcome: '',
            position: j,
          },
        });
      }
    }
  }
  return parts;
}
