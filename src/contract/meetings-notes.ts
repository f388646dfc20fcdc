/**
 * The dialogue meeting's notes written together (per unit, ETag-safe), their agreed actions turned
 * into follow-ups or commitment drafts, and the organiser's prepared questions. Re-exported from
 * ./meetings, where the routes and the tab import them.
 */
import { z } from 'zod';
import { FollowUpStatus, id, SuccessFactorCode, TEXT_MAX, title } from './common';

// Defined beside the plan's catalogue; its importers keep importing it from here.
export { SuccessFactorCode, SuccessFactorCatalogue } from './common';

// ------------------------------------------------------------------ notes written together

/** An agreed action in a note; `link` is set once it became a follow-up or a commitment draft. */
export const MeetingAction = z.strictObject({
  /** Chosen by the writer (e.g. a UUID without braces), stable across writes. */
  id: z.string(),
  text: z.string(),
  link: z
    .strictObject({
      kind: z.enum(['followUp', 'commitment']),
      commitmentId: z.string(),
      /** Set for a follow-up. */
      followUpId: z.string(),
      /** The plan's school year, e.g. 2026/27. */
      schoolYear: z.string(),
      /** Where the tab opens it. */
      title: z.string(),
    })
    .nullable(),
});
export type MeetingAction = z.infer<typeof MeetingAction>;

/** One unit's note of the meeting: a dialogue note of the unit (it shows with the unit's documents). */
export const MeetingNote = z.strictObject({
  /** '' until the first write. */
  id: z.string(),
  /** '' until the first write: the first PUT goes without If-Match. */
  etag: z.string(),
  roundId: z.string(),
  groupId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  schoolYear: z.string(),
  kind: z.string(),
  body: z.string(),
  successFactors: z.array(SuccessFactorCode),
  actions: z.array(MeetingAction),
  /** Who wrote it last, and when ('' before the first write). */
  modifiedByName: z.string(),
  modified: z.string(),
  canEdit: z.boolean(),
});
export type MeetingNote = z.infer<typeof MeetingNote>;
export const MeetingNotes = z.array(MeetingNote);

export const MeetingNoteBody = z.strictObject({
  body: z.string().max(20000, { message: 'Anteckningen får vara högst 20 000 tecken.' }),
  successFactors: z.array(SuccessFactorCode).max(7).default([]),
  /** The whole list as the writer sees it; an action that has a link keeps it whatever is sent. */
  actions: z
    .array(z.strictObject({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/), text: z.string().trim().min(1).max(TEXT_MAX) }))
    .max(50)
    .default([]),
});
export type MeetingNoteInput = z.input<typeof MeetingNoteBody>;

/**
 * A stale write (If-Match no longer current) answers 409 with this body: the error and the note as
 * it is now, so the tab can merge the two texts and write again with `current.etag`.
 */
export const MeetingNoteConflict = z.object({
  error: z.object({ code: z.literal('CONFLICT'), message: z.string(), correlationId: z.string() }),
  current: MeetingNote,
});
export type MeetingNoteConflict = z.infer<typeof MeetingNoteConflict>;

/** Turn an action into a follow-up on a commitment of the unit's plan, or a new commitment draft. */
export const MeetingActionBody = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('followUp'), commitmentId: id, status: FollowUpStatus.optional() }),
  z.strictObject({ target: z.literal('commitment'), goalAreaId: id, title: title.optional() }),
]);
export type MeetingActionInput = z.input<typeof MeetingActionBody>;
/** The note with the action's link set (the same answer on a retry). */
export const MeetingActionResult = z.strictObject({ note: MeetingNote, action: MeetingAction, created: z.boolean() });
export type MeetingActionResult = z.infer<typeof MeetingActionResult>;

// ------------------------------------------------------------------ prepared questions

export const MeetingQuestion = z.strictObject({
  id: z.string(),
  text: z.string(),
  /** '' for a question to the whole group. */
  unitId: z.string(),
});
export type MeetingQuestion = z.infer<typeof MeetingQuestion>;
export const MeetingQuestions = z.strictObject({
  /** '' until first written: the first PUT goes without If-Match. */
  etag: z.string(),
  questions: z.array(MeetingQuestion),
  modified: z.string(),
  canEdit: z.boolean(),
});
export type MeetingQuestions = z.infer<typeof MeetingQuestions>;
export const MeetingQuestionsBody = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[A-Za-z0-9-]{1,64}$/)
          .optional(),
        text: z.string().trim().min(1).max(1000),
        unitId: z.union([id, z.literal('')]).optional(),
      }),
    )
    .max(40),
});
export type MeetingQuestionsInput = z.input<typeof MeetingQuestionsBody>;

// ------------------------------------------------------------------ from the plan back to the note

/** How a follow-up made from a meeting note's action begins (the tab asks for links only for plans that have one). */
export type MeetingFollowUpPrefix = 'Överenskommet i dialogen: ';

/** A follow-up or commitment draft of the unit's plan that an agreed action of a meeting note became. */
export const MeetingPlanLink = z.strictObject({
  kind: z.enum(['followUp', 'commitment']),
  commitmentId: z.string(),
  /** '' for a commitment draft. */
  followUpId: z.string(),
  actionId: z.string(),
  actionText: z.string(),
  noteId: z.string(),
  roundId: z.string(),
  groupId: z.string(),
  /** The meeting tab at the unit's note, relative to the tab's address. */
  url: z.string(),
});
export type MeetingPlanLink = z.infer<typeof MeetingPlanLink>;
export const MeetingPlanLinks = z.array(MeetingPlanLink);
