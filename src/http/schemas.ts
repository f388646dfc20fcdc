/** The API's request and response shapes: one schema per shape, used to validate and to document. */
import { z } from 'zod';
import { APP_ROLES, UNIT_ROLES } from '../domain/identity';
import { DOCUMENT_STATUSES, FOLLOW_UP_STATUSES } from '../domain/plan';
import { SCHOOL_FORM_CODES } from '../domain/school-forms';
import { SUCCESS_FACTOR_CODES } from '../domain/success-factors';

export const TITLE_MAX = 255; // a SharePoint single-line text column holds 255 characters
export const TEXT_MAX = 4000;

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const title = z.string().trim().min(1).max(TITLE_MAX);
const text = z.string().max(TEXT_MAX);

export const UnitParams = z.object({ unitId: id });
export const PlanParams = z.object({ unitId: id, schoolYear: z.string().regex(/^\d{4}-\d{2}$/) });
export const GoalAreaParams = PlanParams.extend({ goalAreaId: id });
export const CommitmentParams = PlanParams.extend({ commitmentId: id });
export const ActivityParams = PlanParams.extend({ activityId: id });

export const LoginBody = z.strictObject({ userId: id });
export const AddGoalAreaBody = z.strictObject({ key: z.string().min(1).max(80) });
const boardGoalIds = z.array(z.string().min(1).max(64)).max(20);
const successFactors = z.array(z.enum(SUCCESS_FACTOR_CODES)).max(7);
export const CommitmentBody = z.strictObject({ title, description: text.optional(), intendedEffects: text.optional(), boardGoalIds: boardGoalIds.optional(), successFactors: successFactors.optional() });
export const CommitmentPatch = CommitmentBody.partial();
export const ActivityBody = z.strictObject({ title, expectedResult: text.optional(), outcome: text.optional() });
export const ActivityPatch = z.strictObject({ title: title.optional(), expectedResult: text.optional(), outcome: text.optional() });
export const FollowUpBody = z.strictObject({
  date: z.iso.date().optional(),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string().trim().min(1).max(TEXT_MAX),
});

export const Unit = z.object({
  id: z.string(),
  name: z.string(),
  schoolForm: z.enum(SCHOOL_FORM_CODES),
  schoolFormLabel: z.string(),
  schoolUnitCode: z.string(),
  koladaId: z.string(),
});

export const Me = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum([...APP_ROLES, ...UNIT_ROLES])),
  memberships: z.array(z.object({ unitId: z.string(), role: z.enum(UNIT_ROLES) })),
});

export const DevUser = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  unitIds: z.array(z.string()),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});

const FollowUp = z.object({
  id: z.string(),
  commitmentId: z.string(),
  date: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string(),
  authorId: z.string(),
  authorName: z.string(),
});
const Activity = z.object({ id: z.string(), commitmentId: z.string(), title: z.string(), expectedResult: z.string(), outcome: z.string(), position: z.number() });
const Commitment = z.object({
  id: z.string(),
  goalAreaId: z.string(),
  title: z.string(),
  description: z.string(),
  intendedEffects: z.string(),
  boardGoalIds: z.array(z.string()),
  successFactors: z.array(z.enum(SUCCESS_FACTOR_CODES)),
  position: z.number(),
  activities: z.array(Activity),
  followUps: z.array(FollowUp),
});
const Transitions = z.array(z.enum(['ready', 'withdraw', 'finalise', 'reopen']));
const Catalogue = z.array(z.object({ key: z.string(), label: z.string() }));
const CommitmentPlanSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  schoolYear: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  goalAreas: z.array(z.lazy(() => GoalArea)),
});
const GoalArea = z.object({ id: z.string(), key: z.string(), label: z.string(), required: z.boolean(), position: z.number(), commitments: z.array(Commitment) });

export const PlanDocument = z.object({
  plan: CommitmentPlanSchema,
  etag: z.string(),
  modified: z.string(),
  unit: Unit.omit({ schoolFormLabel: true }),
  canEdit: z.boolean(),
  canFollowUp: z.boolean(),
  transitions: Transitions,
  goalAreaCatalogue: Catalogue,
  boardGoals: z.array(z.object({ id: z.string(), title: z.string() })),
  successFactorCatalogue: Catalogue,
  rules: z.object({ maxGoalAreas: z.number(), requiredGoalAreas: z.array(z.string()) }),
});

export const StartPlanBody = z.strictObject({
  carryOver: z.strictObject({ commitmentIds: z.array(id).max(100), developmentNeedIndexes: z.array(z.number().int().min(0).max(200)).max(100) }).optional(),
});

export const TransitionBody = z.strictObject({
  transition: z.enum(['ready', 'withdraw', 'finalise', 'reopen']),
  comment: z.string().trim().max(TEXT_MAX).optional(),
});

const listEntry = z.strictObject({ text: z.string().max(TITLE_MAX), goalAreaKey: z.string().max(80).optional() });
export const SectionUpdates = z.strictObject({
  updates: z
    .array(
      z.strictObject({
        sectionKey: z.string().min(1).max(80),
        commitmentId: id.optional(),
        fieldKey: z.string().min(1).max(80).optional(),
        value: z.union([z.string().max(20000), z.array(listEntry).max(50)]),
      }),
    )
    .min(1)
    .max(50),
});

export const ReportDocument = z.object({
  report: z.object({
    id: z.string(),
    unitId: z.string(),
    schoolYear: z.string(),
    type: z.string(),
    status: z.enum(DOCUMENT_STATUSES),
    content: z.record(z.string(), z.unknown()),
  }),
  etag: z.string(),
  modified: z.string(),
  unit: Unit.omit({ schoolFormLabel: true }),
  definition: z.unknown(),
  plan: CommitmentPlanSchema.optional(),
  missing: z.array(z.string()),
  canEdit: z.boolean(),
  transitions: Transitions,
});

export const CommentBody = z.strictObject({
  anchor: z.string().min(1).max(120),
  body: z.string().trim().min(1).max(TEXT_MAX),
  parentId: id.optional(),
});
export const CommentPatch = z.strictObject({ resolved: z.boolean() });
export const CommentParams = PlanParams.extend({ commentId: id });
export const VersionParams = PlanParams.extend({ versionId: id });

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), correlationId: z.string(), details: z.unknown().optional() }),
  current: z.unknown().optional(),
});
