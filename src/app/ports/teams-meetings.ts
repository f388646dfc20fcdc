/**
 * The Teams side of a dialogue meeting, once its Outlook event exists: the online meeting behind
 * the join link (its id and chat), the app and its tab in the meeting chat, and the attendance
 * report after the meeting. Adapter: GraphTeamsMeetings (app-only, in the organiser mailbox).
 */

export interface OnlineMeetingRef {
  meetingId: string;
  /** The meeting chat's thread id (chatInfo.threadId), where the app and its tab go. */
  chatId: string;
}

export interface MeetingTab {
  displayName: string;
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
}

export interface AttendanceEntry {
  /** Entra object id (identity.id), when the attendee signed in. */
  aadObjectId: string;
  email: string;
  totalAttendanceInSeconds: number;
}

export interface TeamsMeetingsPort {
  /** The online meeting a join link opens; undefined when Graph knows none. */
  find(joinUrl: string): Promise<OnlineMeetingRef | undefined>;
  /** Installs the app in the meeting chat; an app already there is no error. */
  installApp(chatId: string): Promise<void>;
  /** Pins the meeting tab in the meeting chat (the app must be installed first). */
  addTab(chatId: string, tab: MeetingTab): Promise<void>;
  /** Every attendance record of the meeting's reports (one report per session), merged per person. */
  attendance(meetingId: string): Promise<AttendanceEntry[]>;
}
