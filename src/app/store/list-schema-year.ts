/** The year wheel's lists: dialogues, check-ins and the outbox (the bot's proactive messages); part of LIST_SCHEMA. */
import { audited, dateTime, note, number, text, type ListDefinition } from './list-columns';

export const YEAR_LISTS = {
  dialogueRounds: {
    title: 'SKA Dialogomgångar',
    columns: audited({
      schoolYear: text(true),
      kind: text(),
      title: text(),
      windowStart: text(), // YYYY-MM-DD, Swedish
      windowEnd: text(),
      place: text(),
      meetingUrl: note(), // Teams join links pass 255 characters
      organiserRepIds: note(), // JSON array of person ids
      invitedAt: dateTime(),
      // How many groups the round has, and the set they belong to: a large round's groups are
      // written by background work items (dialogue-group-writes.ts), so fewer may exist yet.
      groupCount: number(),
      groupSet: text(),
    }),
  },
  dialogueGroups: {
    title: 'SKA Dialoggrupper',
    columns: audited({
      roundId: text(true),
      name: text(),
      schoolForm: text(),
      unitIds: note(), // JSON arrays
      staffIds: note(),
      start: dateTime(),
      end: dateTime(),
      place: text(),
      meetingUrl: note(),
      position: number(),
      sequence: number(),
      calendarEventId: text(),
      groupSet: text(), // the round's groupSet when written; groups of an earlier set are being removed
    }),
  },
  dialogueInvitations: {
    title: 'SKA Dialoginbjudningar',
    columns: audited({
      roundId: text(true),
      groupId: text(true),
      personId: text(true),
      role: text(),
      unitIds: note(),
      answer: text(),
      answerNote: note(),
      answeredAt: dateTime(),
      calendarToken: text(true), // unguessable: the card's calendar link carries it
    }),
  },
  dialogueNotes: {
    title: 'SKA Dialoganteckningar',
    columns: audited({
      unitId: text(true),
      schoolYear: text(true),
      roundId: text(),
      kind: text(),
      body: note(),
      authorId: text(),
      authorName: text(),
      createdAt: dateTime(),
      // A meeting's note (issue 16): one per group and unit, written together in the meeting.
      groupId: text(true),
      successFactors: note(), // JSON array of success factor codes
      actions: note(), // JSON array of { id, text, link }
      modifiedByName: text(),
    }),
  },
  dialogueMeetings: {
    title: 'SKA Dialogmöten',
    columns: audited({
      groupId: text(true),
      roundId: text(true),
      onlineMeetingId: note(), // Graph's onlineMeeting id passes 255 characters
      chatId: text(),
      app: text(), // installed | failed | notTried
      problem: note(),
      questions: note(), // JSON array of { id, text, unitId }
      questionsRev: number(),
      attendance: note(), // JSON object: personId → { present, source, minutes }
      attendanceSource: text(), // graph | manual | none
      attendanceFetchedAt: dateTime(),
      attendanceProblem: note(),
    }),
  },
  checkInAnswers: {
    title: 'SKA Avstämningssvar',
    columns: audited({
      checkInKey: text(true),
      unitId: text(),
      commitmentId: text(),
      personId: text(),
      status: text(),
      answeredAt: dateTime(),
    }),
  },
  outbox: {
    title: 'SKA Utkorg',
    columns: {
      dedupeKey: text(true),
      state: text(true), // pending | sending | sent | failed | noReference | skipped
      personId: text(true),
      source: text(true), // what enqueued it, e.g. "round:12", "wheel:2026/27"
      kind: text(),
      payload: note(),
      attempts: number(),
      notBefore: dateTime(),
      claimedBy: text(),
      claimedUntil: dateTime(),
      enqueuedAt: dateTime(),
      sentAt: dateTime(),
      activityId: text(),
      failureReason: text(),
      lastError: note(),
      inDoubt: { type: 'boolean' },
    },
  },
} satisfies Record<string, ListDefinition>;
