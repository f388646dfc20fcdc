import { enc, Http, type HttpOptions, type Method } from './http';
import type {
  MeetingActionInput,
  MeetingActionResult,
  MeetingAttendance,
  MeetingNote,
  MeetingNoteInput,
  MeetingPlanLink,
  MeetingQuestions,
  MeetingQuestionsInput,
  MeetingStaff,
  MeetingView,
  MyDialogueMeeting,
} from './meeting-types';

/**
 * The dialogue meeting's API (under /api/dialogues/{round}/groups/{group}/meeting), for the tab in
 * the meeting: the view, notes per unit (PUT with If-Match; 409 carries the current note),
 * actions, questions, attendance and the process dialogue's staff. Throws ApiError like the others.
 */
export class MeetingApi {
  private readonly http: Http;

  constructor(
    options: HttpOptions,
    readonly roundId: string,
    readonly groupId: string,
  ) {
    this.http = new Http({ timeoutMs: 20_000, ...options });
  }

  private request<T>(method: Method, path: string, init: { body?: unknown; ifMatch?: string } = {}): Promise<T> {
    return this.http.request<T>(method, path, init);
  }

  private get base() {
    return `/api/dialogues/${enc(this.roundId)}/groups/${enc(this.groupId)}/meeting`;
  }

  view = () => this.request<MeetingView>('GET', this.base);
  notes = () => this.request<MeetingNote[]>('GET', `${this.base}/notes`);
  /** Writes a unit's note on top of the version with this ETag ('' for the first write). */
  writeNote = (unitId: string, etag: string, input: MeetingNoteInput) =>
    this.request<MeetingNote>('PUT', `${this.base}/notes/${enc(unitId)}`, { body: input, ifMatch: etag || undefined });
  action = (unitId: string, actionId: string, input: MeetingActionInput) =>
    this.request<MeetingActionResult>('POST', `${this.base}/notes/${enc(unitId)}/actions/${enc(actionId)}`, { body: input });
  writeQuestions = (etag: string, input: MeetingQuestionsInput) =>
    this.request<MeetingQuestions>('PUT', `${this.base}/questions`, { body: input, ifMatch: etag || undefined });
  attendance = () => this.request<MeetingAttendance>('GET', `${this.base}/attendance`);
  refreshAttendance = () => this.request<MeetingAttendance>('POST', `${this.base}/attendance/refresh`);
  markAttendance = (personId: string, present: boolean) =>
    this.request<MeetingAttendance>('PUT', `${this.base}/attendance/${enc(personId)}`, { body: { present } });
  staff = () => this.request<MeetingStaff>('GET', `${this.base}/staff`);
  pickStaff = (staffIds: string[]) => this.request<MeetingStaff>('PUT', `${this.base}/staff`, { body: { staffIds } });
}

/** The dialogue meetings the person takes part in; with a Teams chat id, the one of that meeting. */
export function myDialogueMeetings(options: HttpOptions, chatId?: string): Promise<MyDialogueMeeting[]> {
  return new Http({ timeoutMs: 20_000, ...options })
    .request<MyDialogueMeeting[]>('GET', `/api/my/dialogue-meetings${chatId ? `?chatId=${enc(chatId)}` : ''}`)
    .then((list) => list ?? []);
}

/** What the agreed actions of a unit's meeting notes became in its plan of the year (links back to the notes). */
export function meetingPlanLinks(options: HttpOptions, unitId: string, schoolYear: string): Promise<MeetingPlanLink[]> {
  return new Http({ timeoutMs: 20_000, ...options })
    .request<MeetingPlanLink[]>('GET', `/api/units/${enc(unitId)}/meeting-links/${enc(schoolYear.replace('/', '-'))}`)
    .then((list) => list ?? []);
}
