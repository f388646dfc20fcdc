/** Dialogue rounds, their groups and invitations, the answers, and dialogue notes. */
import { z } from 'zod';
import { ANSWERS, INVITEE_ROLES } from '../domain/dialogue';
import { OUTBOX_STATES } from '../app/outbox/outbox-items';
import { DocumentStatus, groupOccasion, id, schoolYearParam } from './common';
import { GroupMeeting } from './meetings';

const date = z.iso.date({ message: 'Datum ska skrivas ÅÅÅÅ-MM-DD.' });
const instant = z.iso.datetime({ offset: true, message: 'Tiden ska anges som ISO 8601 med tidszon, t.ex. 2026-09-15T09:00:00+02:00.' });
// Checked in the app by the one link check (https only), which answers URL_NOT_ALLOWED.
const url = z.string().max(2000, { message: 'Möteslänken får vara högst 2000 tecken.' });
export const DialogueKindSchema = z.string().regex(/^[a-z][a-zA-Z0-9-]{1,40}$/);
/** A dialogue type's key: 'conditions', 'process', 'results' by default; other processes name their own. */
export type DialogueKind = string;

/** Groups in one round (one per unit for the process dialogue); the bodies' size limit is set for them. */
export const MAX_GROUPS = 600;
export const GroupBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  unitIds: z.array(id).min(1).max(20),
  staffIds: z.array(id).max(20).optional(),
  start: instant.optional(),
  end: instant.optional(),
  place: z.string().max(255).optional(),
  meetingUrl: url.optional(),
});
export type GroupInput = z.input<typeof GroupBody>;
export const RoundBody = z.strictObject({
  kind: DialogueKindSchema,
  schoolYear: z.string().regex(/^\d{4}[-/]\d{2}$/),
  title: z.string().trim().max(200).optional(),
  windowStart: date.optional(),
  windowEnd: date.optional(),
  place: z.string().max(255).optional(),
  meetingUrl: url.optional(),
  organiserRepIds: z.array(id).max(10).optional(),
  // A process round has a group per unit: a large municipality's hundreds of units.
  groups: z.array(GroupBody).max(MAX_GROUPS).optional(),
});
export type RoundInput = z.input<typeof RoundBody>;
export const RoundPatch = RoundBody.omit({ kind: true, schoolYear: true }).partial();
export const DialogueRoundParams = z.object({ roundId: id });
export const InvitationParams = z.object({ invitationId: id });
export const ProposalParams = z.object({ schoolYear: schoolYearParam });
export const AnswerBody = z.strictObject({ answer: z.enum(['accepted', 'declined', 'otherTime']), note: z.string().max(1000).optional() });
export const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });

export const DialogueAnswer = z.enum(ANSWERS);
export type DialogueAnswer = z.infer<typeof DialogueAnswer>;
export const DeliveryState = z.enum([...OUTBOX_STATES, 'notQueued']);
export type DeliveryState = z.infer<typeof DeliveryState>;

export const ProposedGroup = z.strictObject({
  name: z.string(),
  schoolForm: z.string(),
  unitIds: z.array(z.string()),
  principalIds: z.array(z.string()),
  staffIds: z.array(z.string()),
  /** Why the group is outside 3–4, in Swedish. */
  note: z.string().optional(),
});
export type ProposedGroup = z.infer<typeof ProposedGroup>;
export const DialogueProposal = z.strictObject({
  kind: z.string(),
  groups: z.array(ProposedGroup),
  unassigned: z.array(z.strictObject({ unitId: z.string(), unitName: z.string(), reason: z.string() })),
  windowStart: z.string(),
  windowEnd: z.string(),
});
export type DialogueProposal = z.infer<typeof DialogueProposal>;

export const DialogueGroup = z.strictObject({
  id: z.string(),
  name: z.string(),
  schoolForm: z.string(),
  unitIds: z.array(z.string()),
  staffIds: z.array(z.string()),
  start: z.string(),
  end: z.string(),
  place: z.string(),
  meetingUrl: z.string(),
  position: z.number(),
  /** iCalendar SEQUENCE: raised when the group's time or place changes. */
  sequence: z.number(),
  calendarEventId: z.string(),
  /** The group's Teams meeting once invitations went out (issue 16); absent before. */
  meeting: GroupMeeting.optional(),
});
export type DialogueGroup = z.infer<typeof DialogueGroup>;

export const DialogueRound = z.strictObject({
  id: z.string(),
  etag: z.string(),
  schoolYear: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  place: z.string(),
  meetingUrl: z.string(),
  organiserRepIds: z.array(z.string()),
  invitedAt: z.string(),
  groups: z.array(DialogueGroup),
  /** The round's groups, written or not: more than `groups` while a large round's are still being written. */
  groupCount: z.number(),
});
export type DialogueRound = z.infer<typeof DialogueRound>;
export const DialogueRounds = z.array(DialogueRound);

export const InvitationSummary = z.strictObject({
  invitations: z.number(),
  queued: z.number(),
  alreadyQueued: z.number(),
  /** People the bot cannot write to yet. */
  withoutConversation: z.array(z.strictObject({ personId: z.string(), displayName: z.string() })),
  /** Per group: its Teams meeting and whether the app got into the meeting chat (issue 16). */
  meetings: z.array(z.strictObject({ groupId: z.string(), groupName: z.string() }).extend(GroupMeeting.shape)).optional(),
});
export type InvitationSummary = z.infer<typeof InvitationSummary>;

export const AnswersOverview = z.strictObject({
  round: DialogueRound,
  groups: z.array(
    z.strictObject({
      group: DialogueGroup,
      invitees: z.array(
        z.strictObject({
          invitationId: z.string(),
          personId: z.string(),
          displayName: z.string(),
          role: z.enum(INVITEE_ROLES),
          units: z.array(
            z.strictObject({
              unitId: z.string(),
              name: z.string(),
              documentStatus: DocumentStatus.nullable(),
              documentStatusLabel: z.string(),
            }),
          ),
          answer: DialogueAnswer,
          answerLabel: z.string(),
          answerNote: z.string(),
          answeredAt: z.string(),
          delivery: DeliveryState,
          deliveryProblem: z.string(),
        }),
      ),
    }),
  ),
  counts: z.record(DialogueAnswer, z.number()),
});
export type AnswersOverview = z.infer<typeof AnswersOverview>;

export const DialogueInvitationView = z.strictObject({
  invitationId: z.string(),
  dialogueKind: z.string(),
  ...groupOccasion,
  meetingUrl: z.string(),
  participants: z.array(z.strictObject({ name: z.string(), detail: z.string() })),
  /** What to bring, with links into the tab; absent for processdialog. */
  bring: z.strictObject({ text: z.string(), links: z.array(z.strictObject({ title: z.string(), url: z.string() })) }).optional(),
  calendarUrl: z.string(),
  answer: DialogueAnswer,
  answerLabel: z.string(),
  answerNote: z.string(),
  /** False once the meeting has started. */
  canAnswer: z.boolean(),
  /** Set on the card sent again after the time, place or link changed (issue 16). */
  changeNote: z.string().optional(),
});
export type DialogueInvitationView = z.infer<typeof DialogueInvitationView>;
export const DialogueInvitationViews = z.array(DialogueInvitationView);

// Dialogue notes, kept with the unit's documents of the year.
export const NotesParams = z.object({ unitId: id, schoolYear: schoolYearParam });
export const NoteParams = NotesParams.extend({ noteId: id });
export const NoteBody = z.strictObject({ kind: DialogueKindSchema, body: z.string().trim().min(1).max(20000), roundId: id.optional() });
export const NotePatch = z.strictObject({ body: z.string().trim().min(1).max(20000) });
export const DialogueNote = z.strictObject({
  id: z.string(),
  etag: z.string(),
  unitId: z.string(),
  schoolYear: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  roundId: z.string(),
  body: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  modified: z.string(),
  canEdit: z.boolean(),
});
export type DialogueNote = z.infer<typeof DialogueNote>;
export const DialogueNotes = z.array(DialogueNote);
