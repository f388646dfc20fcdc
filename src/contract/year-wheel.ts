/** The year wheel: as the organiser keeps it, resolved to a school year's dates, and what is due for me. */
import { z } from 'zod';
import { yearWheelSchema } from '../app/year/year-wheel-service';
import { WHEEL_AUDIENCES } from '../domain/year-wheel';
import { DocumentStatus, schoolYearParam } from './common';
import { DialogueInvitationView } from './dialogues';

export const YearParams = z.object({ schoolYear: schoolYearParam });
/** The wheel is validated by shape with the year-wheel module's own schema, in and out. */
export const YearWheelBody = yearWheelSchema;
export const YearWheel = yearWheelSchema;
export type YearWheel = z.infer<typeof yearWheelSchema>;
export type WheelEvent = YearWheel['events'][number];
export type WheelEventKind = WheelEvent['kind'];
export type DialogueType = NonNullable<YearWheel['dialogueTypes']>[number];
export const WheelAudience = z.enum(WHEEL_AUDIENCES);
export type WheelAudience = z.infer<typeof WheelAudience>;
export type MonthDay = { month: number; day: number };

export const StoredYearWheel = z.strictObject({ wheel: yearWheelSchema, isDefault: z.boolean(), etag: z.string().optional() });
export type StoredYearWheel = z.infer<typeof StoredYearWheel>;
/** The wheel as the API answers it: with the dialogue types in effect (the wheel's own, else the default ones), so no client keeps a copy. */
export const YearWheelView = StoredYearWheel.extend({ dialogueTypes: yearWheelSchema.shape.dialogueTypes.unwrap() });
export type YearWheelView = z.infer<typeof YearWheelView>;

/** An event of one school year with its dates: start/end as UTC instants, dates and time in Swedish time. */
export const ResolvedEvent = z.strictObject({
  key: z.string(),
  kind: z.enum(['dialogueWindow', 'surveyRound', 'documentDeadline', 'boardMeeting', 'milestone', 'checkIn']),
  label: z.string(),
  description: z.string().optional(),
  audience: z.array(WheelAudience),
  start: z.string(),
  end: z.string(),
  /** Swedish dates, inclusive. */
  startDate: z.string(),
  endDate: z.string(),
  time: z.string().optional(),
  dialogueKind: z.string().optional(),
  document: z.enum(['plan', 'report']).optional(),
  requirement: z.enum(['readyForDialogue', 'started']).optional(),
  remindDaysBefore: z.array(z.number()).optional(),
  /** Check-ins: one event per occurrence, keyed "<key>:YYYY-MM". */
  occurrenceOf: z.string().optional(),
  skipIfFollowedUpWithinDays: z.number().optional(),
});
export type ResolvedEvent = z.infer<typeof ResolvedEvent>;
export const YearEvents = z.strictObject({ schoolYear: z.string(), events: z.array(ResolvedEvent) });

export const DueForMe = z.strictObject({
  schoolYear: z.string(),
  now: z.string(),
  upcoming: z.array(ResolvedEvent),
  invitations: z.array(DialogueInvitationView),
  documents: z.array(
    z.strictObject({
      eventKey: z.string(),
      label: z.string(),
      deadline: z.string(),
      deadlineDate: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      document: z.enum(['plan', 'report']),
      status: DocumentStatus.nullable(),
    }),
  ),
});
export type DueForMe = z.infer<typeof DueForMe>;

export const WheelProblem = z.strictObject({ key: z.string(), message: z.string() });
export type WheelProblem = z.infer<typeof WheelProblem>;

/** What one run of the wheel's tick did: counts per kind, and items from added sources by name. */
export const TickReport = z.record(z.string(), z.union([z.number(), z.string()]));
