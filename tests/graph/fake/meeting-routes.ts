/**
 * Teams meetings for the Graph fake: event updates, online meetings found by join link, apps and
 * tabs in the meeting chat, attendance reports. Each rule names the Graph documentation it follows.
 */
import { randomUUID } from 'node:crypto';
import { graphError, type Answer } from './fake-site';

export interface FakeAttendance {
  emailAddress: string;
  identity: { id: string; displayName: string };
  totalAttendanceInSeconds: number;
  role: 'None' | 'Attendee' | 'Presenter' | 'Organizer';
}

export class FakeMeetings {
  /** Outlook events by mailbox (lower case). */
  readonly events = new Map<string, Record<string, unknown>[]>();
  /** Apps installed per chat thread id (teamsApp ids). */
  readonly chatApps = new Map<string, string[]>();
  readonly chatTabs = new Map<string, Record<string, unknown>[]>();
  /** Attendance reports per online meeting id: each a list of records. */
  readonly reports = new Map<string, FakeAttendance[][]>();
  /** When each report's session ran, by meeting id (same order as reports); filled by endSession. */
  readonly sessions = new Map<string, { start: string; end: string }[]>();
  /** Users the tenant's application access policy is granted to (object ids); onlineMeetings need it for app-only calls. */
  readonly accessPolicyUsers = new Set<string>();

  /** A session of the meeting ends: Teams makes its attendance report then ("When an online meeting ends, an attendance report is generated for that session", meetingAttendanceReport get docs). */
  endSession(meetingId: string, records: FakeAttendance[], start: string, end: string) {
    this.reports.set(meetingId, [...(this.reports.get(meetingId) ?? []), records]);
    this.sessions.set(meetingId, [...(this.sessions.get(meetingId) ?? []), { start, end }]);
  }

  handle(method: string, seg: string[], query: URLSearchParams, body: Record<string, unknown>): Answer | undefined {
    if (seg[0] === 'users' && seg[2] === 'events') {
      if (seg.length === 3 && method === 'POST') return this.createEvent(seg[1], body);
      if (seg.length === 4 && method === 'PATCH') return this.updateEvent(seg[1], seg[3], body);
    }
    if (seg[0] === 'users' && seg[2] === 'onlineMeetings') {
      // App-only onlineMeetings calls need an application access policy granted to the user (onlineMeeting get / attendanceRecord list docs).
      if (!this.accessPolicyUsers.has(seg[1])) return graphError(403, 'Forbidden', 'No application access policy found for this app.');
      if (seg.length === 3 && method === 'GET') return this.findMeeting(query.get('$filter') ?? '');
      if (seg.length === 5 && seg[4] === 'attendanceReports' && method === 'GET') return this.listReports(seg[3]);
      if (seg.length === 7 && seg[6] === 'attendanceRecords' && method === 'GET') return this.listRecords(seg[3], seg[5]);
    }
    if (seg[0] === 'chats' && seg[2] === 'installedApps' && method === 'POST') return this.installApp(seg[1], body);
    if (seg[0] === 'chats' && seg[2] === 'tabs')
      return method === 'POST' ? this.addTab(seg[1], body) : { status: 200, body: { value: this.chatTabs.get(seg[1]) ?? [] } };
    return undefined;
  }

  private createEvent(mailbox: string, body: Record<string, unknown>): Answer {
    const events = this.events.get(mailbox.toLowerCase()) ?? [];
    this.events.set(mailbox.toLowerCase(), events);
    // transactionId: "for the server to avoid redundant POST operations in case of client retries" (event resource docs).
    const same = typeof body.transactionId === 'string' ? events.find((e) => e.transactionId === body.transactionId) : undefined;
    if (same) return { status: 201, body: same };
    const id = `AAMk-${randomUUID()}`;
    // isOnlineMeeting with teamsForBusiness gets a join link; without it onlineMeeting stays null (event resource docs, onlineMeeting).
    const online = body.isOnlineMeeting === true && body.onlineMeetingProvider === 'teamsForBusiness';
    const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0`;
    const event = {
      ...body,
      id,
      webLink: `https://outlook.office365.com/owa/?itemid=${id}`,
      onlineMeeting: online ? { joinUrl } : null,
      onlineMeetingId: online ? `MSo-${id}` : undefined,
    };
    events.push(event);
    return { status: 201, body: event };
  }

  private updateEvent(mailbox: string, id: string, body: Record<string, unknown>): Answer {
    const event = this.events.get(mailbox.toLowerCase())?.find((e) => e.id === id);
    if (!event) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    // transactionId and the meeting's provider are set at creation (event update docs list neither as updatable).
    if ('transactionId' in body || 'onlineMeetingProvider' in body)
      return graphError(400, 'ErrorInvalidRequest', 'The property cannot be updated.');
    Object.assign(event, body);
    // A body without the meeting blob disables the online meeting (event update docs, "body property and online meetings").
    const content = (body.body as { content?: string } | undefined)?.content;
    if (content !== undefined && event.onlineMeeting && !content.includes('meetup-join'))
      Object.assign(event, { isOnlineMeeting: false, onlineMeeting: null });
    event.changeKey = randomUUID();
    return { status: 200, body: event };
  }

  private findMeeting(filter: string): Answer {
    const joinUrl = /^JoinWebUrl eq '(.*)'$/i.exec(filter)?.[1]?.replace(/''/g, "'");
    if (!joinUrl) return graphError(400, 'BadRequest', 'Filter on JoinWebUrl is required.');
    const event = [...this.events.values()].flat().find((e) => (e.onlineMeeting as { joinUrl?: string } | null)?.joinUrl === joinUrl);
    if (!event) return { status: 200, body: { value: [] } };
    const threadId = decodeURIComponent(joinUrl.split('/')[5]);
    return { status: 200, body: { value: [{ id: event.onlineMeetingId, joinWebUrl: joinUrl, chatInfo: { threadId, messageId: '0' } }] } };
  }

  private installApp(chatId: string, body: Record<string, unknown>): Answer {
    const appId =
      String(body['teamsApp@odata.bind'] ?? '')
        .split('/')
        .pop() ?? '';
    if (!appId) return graphError(400, 'BadRequest', 'teamsApp@odata.bind is required.');
    const apps = this.chatApps.get(chatId) ?? [];
    // An app already installed in the scope answers 409 Conflict (microsoft-graph-docs-contrib #3686).
    if (apps.includes(appId)) return graphError(409, 'Conflict', 'The app is already installed.');
    this.chatApps.set(chatId, [...apps, appId]);
    return { status: 201, body: undefined };
  }

  private addTab(chatId: string, body: Record<string, unknown>): Answer {
    const appId =
      String(body['teamsApp@odata.bind'] ?? '')
        .split('/')
        .pop() ?? '';
    // "The corresponding app must already be installed in the chat" (chat-post-tabs docs).
    if (!(this.chatApps.get(chatId) ?? []).includes(appId)) return graphError(400, 'BadRequest', 'The app is not installed in the chat.');
    const config = body.configuration as { entityId?: string; contentUrl?: string } | undefined;
    if (!config?.entityId || !config.contentUrl)
      return graphError(400, 'BadRequest', 'configuration.entityId and contentUrl are required.');
    const tab = { id: randomUUID(), displayName: body.displayName, configuration: config, teamsApp: { id: appId } };
    this.chatTabs.set(chatId, [...(this.chatTabs.get(chatId) ?? []), tab]);
    return { status: 201, body: tab };
  }

  private listReports(meetingId: string): Answer {
    // One report per session, at most the 50 most recent (meetingAttendanceReport list docs).
    const all = this.reports.get(meetingId) ?? [];
    const times = this.sessions.get(meetingId) ?? [];
    const value = all.map((r, i) => ({
      id: `report-${i}`,
      totalParticipantCount: r.length,
      // meetingStartDateTime / meetingEndDateTime: the session's UTC times (meetingAttendanceReport resource docs).
      meetingStartDateTime: times[i]?.start ?? null,
      meetingEndDateTime: times[i]?.end ?? null,
    }));
    return { status: 200, body: { value: value.slice(-50) } };
  }

  private listRecords(meetingId: string, reportId: string): Answer {
    const report = (this.reports.get(meetingId) ?? [])[Number(reportId.replace('report-', ''))];
    if (!report) return graphError(404, 'NotFound', 'Attendance report not found.');
    // GET /users/{userId}/onlineMeetings/{meetingId}/attendanceReports/{reportId}/attendanceRecords: emailAddress, identity, role, totalAttendanceInSeconds, attendanceIntervals (attendanceRecord list docs).
    const times = (this.sessions.get(meetingId) ?? [])[Number(reportId.replace('report-', ''))];
    const intervals = (r: FakeAttendance) =>
      times
        ? [
            {
              joinDateTime: times.start,
              leaveDateTime: new Date(Date.parse(times.start) + r.totalAttendanceInSeconds * 1000).toISOString(),
              durationInSeconds: r.totalAttendanceInSeconds,
            },
          ]
        : [];
    return { status: 200, body: { value: report.map((r) => ({ ...r, attendanceIntervals: intervals(r) })) } };
  }
}
