/** TLD: rounds, each unit's link, the organiser's configuration, results, and the anonymous form. */
import { z } from 'zod';
import { surveyConfigSchema } from '../app/config/survey-config-schema';
import { ROUND_STATUSES } from '../app/survey/surveys';
import { id } from './common';

const date = z.iso.date();
export const RoundParams = z.object({ roundId: id });
export const UnitRoundParams = z.object({ unitId: id, roundId: id });
export const CreateRoundBody = z.strictObject({
  schoolYear: z.string().regex(/^\d{4}[-/]\d{2}$/),
  period: z.enum(['autumn', 'spring']),
  opensOn: date,
  closesOn: date,
  respondents: z.enum(['children', 'guardians']).optional(),
});
export const RoundStatusBody = z.strictObject({ status: z.enum(ROUND_STATUSES) });
export const StudentCountBody = z.strictObject({ count: z.number().int().min(1).max(5000) });
/** The organiser's survey configuration is validated by the survey module's own schema, in and out. */
export const SurveyConfigBody = surveyConfigSchema;
export const SurveyConfig = surveyConfigSchema;

export const TldArea = z.enum(['T', 'L', 'D']);
export type TldArea = z.infer<typeof TldArea>;
export const TldIndex = z.partialRecord(TldArea, z.number().nullable());
export type TldIndex = z.infer<typeof TldIndex>;
export const RoundStatus = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof RoundStatus>;
export const HiddenReason = z.enum(['fewAnswers', 'lowResponseRate', 'protectsOthers']);
export type HiddenReason = z.infer<typeof HiddenReason>;

export const SurveyRound = z.strictObject({
  id: z.string(),
  schoolYear: z.string(),
  period: z.enum(['autumn', 'spring']),
  /** Children (TLD) by default; some municipalities also ask guardians. */
  respondents: z.enum(['children', 'guardians']),
  label: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: RoundStatus,
});
export type SurveyRound = z.infer<typeof SurveyRound>;
export const SurveyRounds = z.array(SurveyRound);

export const SurveyLink = z.strictObject({
  code: z.string(),
  roundId: z.string(),
  unitId: z.string(),
  studentCount: z.number().nullable(),
});
/** The link with its address, as the tab shows it. */
export const SurveyLinkWithUrl = SurveyLink.extend({ url: z.string() });
export type SurveyLinkView = z.infer<typeof SurveyLinkWithUrl>;

export const QuestionResult = z.strictObject({
  id: z.string(),
  area: TldArea,
  text: z.string(),
  /** Count per scale value (0 = vet ej). */
  distribution: z.record(z.string(), z.number()),
  answered: z.number(),
  /** 0–100, one decimal; null when nobody answered it. */
  positiveShare: z.number().nullable(),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

const groupResult = {
  answers: z.number(),
  shown: z.boolean(),
  hiddenReason: HiddenReason.optional(),
  questions: z.array(QuestionResult).optional(),
  index: TldIndex.optional(),
};
export const GroupResult = z.strictObject(groupResult);
export type GroupResult = z.infer<typeof GroupResult>;
export const UnitRoundResult = z.strictObject({
  ...groupResult,
  unitId: z.string(),
  unitName: z.string(),
  schoolForm: z.string(),
  students: z.number().nullable(),
  /** Answers stored so far, also those not yet released to the figures (they are released in batches). */
  received: z.number(),
  responseRate: z.number().nullable(),
  bands: z.array(z.strictObject({ ...groupResult, band: z.string() })),
});
export type UnitRoundResult = z.infer<typeof UnitRoundResult>;

/** Totals per question set (units answering different questions are not added up), and per school form within one. */
export const TotalResult = z.strictObject({ ...groupResult, questionSet: z.string(), label: z.string() });
export const SchoolFormResult = z.strictObject({ ...groupResult, schoolForm: z.string(), label: z.string() });

export const UnitSurveyResults = z.strictObject({
  rounds: z.array(
    z.strictObject({ round: SurveyRound, unit: UnitRoundResult, schoolForm: SchoolFormResult.optional(), total: TotalResult.optional() }),
  ),
});
export type UnitSurveyResults = z.infer<typeof UnitSurveyResults>;

export const RoundResults = z.strictObject({
  round: SurveyRound,
  questionSetKeys: z.array(z.string()),
  units: z.array(UnitRoundResult),
  totals: z.array(TotalResult),
  schoolForms: z.array(SchoolFormResult),
  minAnswers: z.number(),
});
export type RoundResults = z.infer<typeof RoundResults>;

export const SurveyConfigSummary = z.object({ minAnswers: z.number(), minResponseRate: z.number() });
export type SurveyConfigSummary = z.infer<typeof SurveyConfigSummary>;

// The anonymous form a child opens.
/** A survey link's code: what CodeParams checks, and the answer's route without zod (survey-public.ts). */
export const LINK_CODE = /^[A-Za-z0-9_-]{16,64}$/;
export const CodeParams = z.object({ code: z.string().regex(LINK_CODE) });
export const SubmitBody = z.strictObject({
  answers: z.record(z.string().max(20), z.number().int()).refine((a) => Object.keys(a).length <= 60),
  gradeBand: z.string().max(20).optional(),
  deviceToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
});
export const SurveyFormView = z.strictObject({
  unitName: z.string(),
  roundLabel: z.string(),
  assisted: z.boolean(),
  questionIds: z.array(z.string()),
  scale: z.array(z.strictObject({ value: z.number(), label: z.string() })),
  /** How the page lays out each question's choices: a list, faces with words under them, or a row of buttons (Ja / Nej / Vet inte). */
  layouts: z.record(z.string(), z.enum(['list', 'faces', 'buttons'])),
  /** An Adaptive Card (its own schema, adaptivecards.io). */
  card: z.record(z.string(), z.unknown()),
});
