/** The survey rounds the year wheel plans (the preset's own months and respondents), and creating them from it. */
import { z } from 'zod';
import { SurveyRound } from './surveys';

export const SurveyScheduleQuery = z.object({ schoolYear: z.string().regex(/^\d{4}[-/]\d{2}$/) });
export const SurveyScheduleParams = z.object({ eventKey: z.string().regex(/^[a-z0-9-]{1,40}$/) });
export const CreateScheduledRoundBody = z.strictObject({
  schoolYear: z.string().regex(/^\d{4}[-/]\d{2}$/),
  /** Open it at once (every unit gets its link, principals are told). */
  open: z.boolean().optional(),
});

export const RoundProposal = z.strictObject({
  eventKey: z.string(),
  label: z.string(),
  respondents: z.enum(['children', 'guardians']),
  period: z.enum(['autumn', 'spring']),
  opensOn: z.string(),
  closesOn: z.string(),
  round: SurveyRound.optional(),
  due: z.boolean(),
});
export type RoundProposal = z.infer<typeof RoundProposal>;
export const RoundProposals = z.array(RoundProposal);
