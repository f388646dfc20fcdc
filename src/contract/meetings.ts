/**
 * A dialogue group's Teams meeting (issue 16): the meeting view the meeting tab shows (units, what
 * to bring, each unit's document with what changed since the last dialogue, TLD trend, key figures,
 * the organiser's prepared questions), the notes written together per unit (ETag-safe), agreed
 * actions turned into follow-ups or commitment drafts, attendance, and the process dialogue's
 * invited staff.
 *
 * Every route lives under /api/dialogues/:roundId/groups/:groupId/meeting (see MEETING_PATHS).
 * Who may call: the group's participants (organiser level, the group's principals, and for the
 * process dialogue the staff invited); each answer says what the caller may do (`you`, `canEdit`).
 */
import { z } from 'zod';
import { DocumentStatus, groupOccasion, id, schoolYearParam, SuccessFactorCatalogue } from './common';
import { DocumentChange, DocumentEntry, VersionMeta } from './documents';
import { MeetingRole } from './meetings-attendance';
import { MeetingQuestions } from './meetings-notes';
import { UnitKeyFigureTrends, UnitTldRounds } from './organiser';

// The notes, questions, attendance and staff live beside this file; their importers keep importing from here.
export * from './meetings-attendance';
export * from './meetings-notes';

const BASE = '/api/dialogues/:roundId/groups/:groupId/meeting';
/** The routes' paths, for the server and the tab's API client alike. */
export const MEETING_PATHS = {
  /** GET: the meeting view. */
  view: BASE,
  /** GET: every note of the group's units. */
  notes: `${BASE}/notes`,
  /** PUT (If-Match: the note's etag; none for the first write): write one unit's note. */
  note: `${BASE}/notes/:unitId`,
  /** POST: an agreed action of the note becomes a follow-up or a commitment draft (idempotent). */
  action: `${BASE}/notes/:unitId/actions/:actionId`,
  /** PUT (If-Match): the organiser's prepared questions. */
  questions: `${BASE}/questions`,
  /** GET: who came. */
  attendance: `${BASE}/attendance`,
  /** POST: read Graph's attendance reports again (where configured). */
  attendanceRefresh: `${BASE}/attendance/refresh`,
  /** PUT: mark one person present or absent by hand. */
  attendancePerson: `${BASE}/attendance/:personId`,
  /** GET: the staff who may be invited and those invited; PUT: the principal picks (process dialogue). */
  staff: `${BASE}/staff`,
  /**
   * PATCH (If-Match: the round's etag): change one group's time, place or link after sending; the
   * Outlook event is updated and everyone gets an updated invitation card. Answers the DialogueRound.
   */
  group: '/api/dialogues/:roundId/groups/:groupId',
  /** GET: what the agreed actions of the unit's meeting notes became in its plan of the year (links back to the notes). */
  planLinks: '/api/units/:unitId/meeting-links/:schoolYear',
  /** GET: the dialogue meetings I take part in (?chatId= narrows to the meeting of a Teams chat). */
  mine: '/api/my/dialogue-meetings',
} as const;

/**
 * The meeting tab the app adds to a group's meeting chat (Graph POST /chats/{id}/tabs): its entityId
 * and contentUrl (below TAB_ENDPOINT), so the tab knows its round and group from its own address.
 */
export const MEETING_TAB = {
  entityId: 'dialogue-meeting',
  contentPath: (roundId: string, groupId: string) =>
    `/?inTeams=1&view=meeting&roundId=${encodeURIComponent(roundId)}&groupId=${encodeURIComponent(groupId)}`,
} as const;

export const MeetingParams = z.object({ roundId: id, groupId: id });
export const MeetingUnitParams = MeetingParams.extend({ unitId: id });
export const MeetingActionParams = MeetingUnitParams.extend({ actionId: id });
export const MeetingPersonParams = MeetingParams.extend({ personId: id });
export const MeetingPlanLinkParams = z.object({ unitId: id, schoolYear: schoolYearParam });

const instant = z.iso.datetime({ offset: true, message: 'Tiden ska anges som ISO 8601 med tidszon, t.ex. 2026-09-15T09:00:00+02:00.' });
/** A group's time, place or link, changed after the invitations went out. */
export const GroupPatch = z.strictObject({
  start: instant.optional(),
  end: instant.optional(),
  place: z.string().max(255).optional(),
  meetingUrl: z.string().max(2000, { message: 'Möteslänken får vara högst 2000 tecken.' }).optional(),
});
export type GroupPatchInput = z.input<typeof GroupPatch>;

// ------------------------------------------------------------------ the group's meeting (Teams)

/** The Teams meeting of a group, as the send made it. */
export const GroupMeeting = z.strictObject({
  /** 'outlook': an Outlook event with a Teams meeting; 'ics': the .ics file carries the organiser's link. */
  calendar: z.enum(['outlook', 'ics']),
  /** The Teams join link (onlineMeeting.joinUrl), or the organiser's meeting link; '' when none. */
  joinUrl: z.string(),
  /** The app in the meeting's chat: installed with its tab, failed (problem says why), or not tried. */
  app: z.enum(['installed', 'failed', 'notTried']),
  /** In Swedish, for the organiser; '' when all went well. */
  problem: z.string(),
});
export type GroupMeeting = z.infer<typeof GroupMeeting>;

// ------------------------------------------------------------------ the meeting view

export const MeetingUnit = z.strictObject({
  unitId: z.string(),
  name: z.string(),
  schoolForm: z.string(),
  schoolFormLabel: z.string(),
  principals: z.array(z.strictObject({ personId: z.string(), displayName: z.string() })),
  /** The document to bring (plan or report), read-only; null when the dialogue brings none or it is not started. */
  document: z
    .strictObject({
      kind: z.enum(['plan', 'report']),
      title: z.string(),
      status: DocumentStatus,
      statusLabel: z.string(),
      /** The document's entries in reading order (section, field, text). */
      entries: z.array(DocumentEntry),
      /** What changed since the last dialogue (the version saved before the unit's previous dialogue). */
      changes: z.strictObject({ since: VersionMeta.optional(), sinceLabel: z.string(), changes: z.array(DocumentChange) }),
      /** Deep link into the tab (for the stage and "open"). */
      url: z.string(),
    })
    .nullable(),
  /** TLD rounds, oldest first; index null where hidden by the anonymity rules. */
  tld: UnitTldRounds,
  keyFigures: UnitKeyFigureTrends,
});
export type MeetingUnit = z.infer<typeof MeetingUnit>;

export const MeetingView = z.strictObject({
  roundId: z.string(),
  groupId: z.string(),
  schoolYear: z.string(),
  kind: z.string(),
  ...groupOccasion,
  meeting: GroupMeeting,
  /** What to bring: the plan (förutsättningsdialog), the started report (resultatdialog); null for none. */
  bring: z.strictObject({ document: z.enum(['plan', 'report']), text: z.string() }).nullable(),
  units: z.array(MeetingUnit),
  /** Skolverket's success factors a note may be tagged with, as the plan's answer has them. */
  successFactorCatalogue: SuccessFactorCatalogue,
  questions: MeetingQuestions,
  you: z.strictObject({
    role: MeetingRole,
    /** Units whose note the caller may write. */
    canWriteNotes: z.array(z.string()),
    /** Units whose note's actions the caller may turn into follow-ups or commitments (the unit's principal: the plan is theirs). */
    canConvertActions: z.array(z.string()),
    canEditQuestions: z.boolean(),
    canMarkAttendance: z.boolean(),
    /** Process dialogue: units whose invited staff the caller may pick. */
    canPickStaff: z.array(z.string()),
    /** The organiser may share a unit's document to the meeting stage. */
    canShareToStage: z.boolean(),
  }),
});
export type MeetingView = z.infer<typeof MeetingView>;

/** A dialogue meeting the caller takes part in. */
export const MyDialogueMeeting = z.strictObject({
  roundId: z.string(),
  groupId: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  groupName: z.string(),
  start: z.string(),
  end: z.string(),
  joinUrl: z.string(),
  role: MeetingRole,
});
export type MyDialogueMeeting = z.infer<typeof MyDialogueMeeting>;
export const MyDialogueMeetings = z.array(MyDialogueMeeting);
