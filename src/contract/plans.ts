/** The commitment plan (åtagandeplan): its writes and the document every read and write answers with. */
import { z } from 'zod';
import {
  CatalogueEntry,
  Completeness,
  DocumentStatus,
  FollowUpStatus,
  id,
  schoolYearParam,
  SuccessFactorCatalogue,
  SuccessFactorCode,
  TEXT_MAX,
  text,
  title,
  Transition,
  Transitions,
} from './common';
import { DocumentComment } from './documents';
import { DocumentUnit } from './me';

export const PlanParams = z.object({ unitId: id, schoolYear: schoolYearParam });
export const GoalAreaParams = PlanParams.extend({ goalAreaId: id });
export const CommitmentParams = PlanParams.extend({ commitmentId: id });
export const ActivityParams = PlanParams.extend({ activityId: id });
export const CommentParams = PlanParams.extend({ commentId: id });
export const VersionParams = PlanParams.extend({ versionId: id });

export const AddGoalAreaBody = z.strictObject({ key: z.string().min(1).max(80) });
const boardGoalIds = z.array(z.string().min(1).max(64)).max(20);
const successFactors = z.array(SuccessFactorCode).max(7);
export const CommitmentBody = z.strictObject({
  title,
  description: text.optional(),
  intendedEffects: text.optional(),
  boardGoalIds: boardGoalIds.optional(),
  successFactors: successFactors.optional(),
});
export type CommitmentInput = z.input<typeof CommitmentBody>;
export const CommitmentPatch = CommitmentBody.partial();
export const ActivityBody = z.strictObject({ title, expectedResult: text.optional(), outcome: text.optional() });
export type ActivityInput = z.input<typeof ActivityBody>;
export const ActivityPatch = z.strictObject({ title: title.optional(), expectedResult: text.optional(), outcome: text.optional() });
export const FollowUpBody = z.strictObject({
  date: z.iso.date().optional(),
  status: FollowUpStatus,
  note: z.string().trim().min(1).max(TEXT_MAX),
});
export type FollowUpInput = z.input<typeof FollowUpBody>;

const carryOver = z.strictObject({
  commitmentIds: z.array(id).max(100),
  developmentNeedIndexes: z.array(z.number().int().min(0).max(200)).max(100),
});
export type CarryOverChoice = z.infer<typeof carryOver>;
export const StartPlanBody = z.strictObject({ carryOver: carryOver.optional() });

export const TransitionBody = z.strictObject({
  transition: Transition,
  comment: z.string().trim().max(TEXT_MAX).optional(),
});

export const FollowUp = z.strictObject({
  id: z.string(),
  commitmentId: z.string(),
  /** YYYY-MM-DD */
  date: z.string(),
  status: FollowUpStatus,
  note: z.string(),
  authorId: z.string(),
  authorName: z.string(),
});
export type FollowUp = z.infer<typeof FollowUp>;
export const Activity = z.strictObject({
  id: z.string(),
  commitmentId: z.string(),
  title: z.string(),
  expectedResult: z.string(),
  outcome: z.string(),
  position: z.number(),
});
export type Activity = z.infer<typeof Activity>;
export const Commitment = z.strictObject({
  id: z.string(),
  goalAreaId: z.string(),
  title: z.string(),
  description: z.string(),
  intendedEffects: z.string(),
  /** The board goals (nämndens mål) the commitment serves. */
  boardGoalIds: z.array(z.string()),
  /** Skolverket's success factors, as codes of successFactorCatalogue. */
  successFactors: z.array(SuccessFactorCode),
  position: z.number(),
  activities: z.array(Activity),
  followUps: z.array(FollowUp),
});
export type Commitment = z.infer<typeof Commitment>;
export const GoalArea = z.strictObject({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  position: z.number(),
  commitments: z.array(Commitment),
});
export type GoalArea = z.infer<typeof GoalArea>;
export const CommitmentPlan = z.strictObject({
  id: z.string(),
  unitId: z.string(),
  schoolYear: z.string(),
  status: DocumentStatus,
  goalAreas: z.array(GoalArea),
});
export type CommitmentPlan = z.infer<typeof CommitmentPlan>;

export const PlanRules = z.strictObject({ maxGoalAreas: z.number(), requiredGoalAreas: z.array(z.string()) });
export type PlanRules = z.infer<typeof PlanRules>;
export const BoardGoal = z.strictObject({ id: z.string(), title: z.string(), retired: z.boolean().optional() });

/** GET of a plan and every write's answer: the whole document, its ETag and the rules. */
export const PlanDocument = z.strictObject({
  plan: CommitmentPlan,
  etag: z.string(),
  modified: z.string(),
  unit: DocumentUnit,
  canEdit: z.boolean(),
  /** May add follow-ups and write activities' outcomes, also in a final plan. */
  canFollowUp: z.boolean(),
  transitions: Transitions,
  goalAreaCatalogue: z.array(CatalogueEntry),
  boardGoals: z.array(BoardGoal),
  successFactorCatalogue: SuccessFactorCatalogue,
  rules: PlanRules,
  /** The document's comments, read in the same round trip when it was opened. */
  comments: z.array(DocumentComment).optional(),
  /** Progress per section and what each status change waits for. */
  completeness: Completeness.optional(),
});
export type PlanDocument = z.infer<typeof PlanDocument>;

/** What a new plan can bring along from last year's. */
export const CarryOverCandidates = z.strictObject({
  previousYear: z.string(),
  commitments: z.array(
    z.strictObject({
      id: z.string(),
      goalAreaKey: z.string(),
      goalAreaLabel: z.string(),
      title: z.string(),
      latestStatus: FollowUpStatus.nullable(),
      /** Not finished: not on track at the last follow-up, or activities without outcome. */
      suggested: z.boolean(),
    }),
  ),
  developmentNeeds: z.array(
    z.strictObject({ index: z.number(), text: z.string(), goalAreaKey: z.string().optional(), goalAreaLabel: z.string() }),
  ),
  /** They come along so the tab can warn before the maximum refuses a start. */
  rules: PlanRules,
  goalAreaCatalogue: z.array(CatalogueEntry),
});
export type CarryOverCandidates = z.infer<typeof CarryOverCandidates>;
