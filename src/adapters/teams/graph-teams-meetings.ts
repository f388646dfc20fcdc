/**
 * The Teams side of dialogue meetings through the app's one Graph pipeline (app-only):
 * - the online meeting behind an event's join link: `GET /users/{id}/onlineMeetings?$filter=JoinWebUrl eq '…'`
 *   (OnlineMeetings.Read.All and an application access policy granted to the organiser mailbox);
 * - the app in the meeting chat: `POST /chats/{chatId}/installedApps` (TeamsAppInstallation.ReadWriteSelfForChat.All;
 *   "if the chat is associated with an onlineMeeting instance, the teamsApp will get installed to the meeting");
 * - the meeting tab: `POST /chats/{chatId}/tabs` with the app's entityId and contentUrl (TeamsTab.Create;
 *   the app must already be installed in the chat);
 * - attendance: `…/onlineMeetings/{id}/attendanceReports` and `…/attendanceRecords` (OnlineMeetingArtifact.Read.All,
 *   same access policy). Sources: the Graph API pages of each call (learn.microsoft.com/graph/api/…).
 */
import type { AttendanceEntry, MeetingTab, OnlineMeetingRef, TeamsMeetingsPort } from '../../app/ports/teams-meetings';
import { GRAPH_V1, type GraphHttp } from '../graph/graph-http';
import { GraphRequestError } from '../graph/graph-request-error';

export interface GraphTeamsMeetingsOptions {
  http: GraphHttp;
  /** The organiser mailbox (UPN or object id) whose calendar holds the events. */
  mailbox: string;
  /** The app's id in the tenant's app catalog (teamsApp id), for teamsApp@odata.bind. */
  catalogAppId: string;
}

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;

export class GraphTeamsMeetings implements TeamsMeetingsPort {
  private organiserId?: string;

  constructor(private readonly options: GraphTeamsMeetingsOptions) {}

  async find(joinUrl: string): Promise<OnlineMeetingRef | undefined> {
    const user = await this.organiser();
    const filter = encodeURIComponent(`JoinWebUrl eq ${quote(joinUrl)}`);
    const page = await this.options.http.send<Page<{ id: string; chatInfo?: { threadId?: string } }>>(
      'GET',
      `${GRAPH_V1}/users/${user}/onlineMeetings?$filter=${filter}`,
    );
    const meeting = page?.value?.[0];
    return meeting?.chatInfo?.threadId ? { meetingId: meeting.id, chatId: meeting.chatInfo.threadId } : undefined;
  }

  async installApp(chatId: string): Promise<void> {
    try {
      await this.options.http.send('POST', `${GRAPH_V1}/chats/${encodeURIComponent(chatId)}/installedApps`, {
        body: { 'teamsApp@odata.bind': this.appBind() },
        repeatable: true,
      });
    } catch (e) {
      // Installing an app that is already in the scope answers 409 Conflict (microsoft-graph-docs-contrib #3686).
      if (e instanceof GraphRequestError && e.status === 409) return;
      throw e;
    }
  }

  async addTab(chatId: string, tab: MeetingTab): Promise<void> {
    const base = `${GRAPH_V1}/chats/${encodeURIComponent(chatId)}/tabs`;
    const existing = await this.options.http.send<Page<{ configuration?: { entityId?: string } }>>('GET', base);
    if (existing?.value?.some((t) => t.configuration?.entityId === tab.entityId)) return; // tabs have no idempotency key: look first
    await this.options.http.send('POST', base, {
      body: {
        displayName: tab.displayName,
        'teamsApp@odata.bind': this.appBind(),
        configuration: { entityId: tab.entityId, contentUrl: tab.contentUrl, websiteUrl: tab.websiteUrl },
      },
    });
  }

  async attendance(meetingId: string): Promise<AttendanceEntry[]> {
    const base = `${GRAPH_V1}/users/${await this.organiser()}/onlineMeetings/${encodeURIComponent(meetingId)}/attendanceReports`;
    const reports = await this.all<{ id: string }>(base);
    const merged = new Map<string, AttendanceEntry>();
    for (const report of reports) {
      type Row = { emailAddress?: string | null; identity?: { id?: string | null } | null; totalAttendanceInSeconds?: number | null };
      for (const r of await this.all<Row>(`${base}/${encodeURIComponent(report.id)}/attendanceRecords`)) {
        const entry = {
          aadObjectId: r.identity?.id ?? '',
          email: (r.emailAddress ?? '').toLowerCase(),
          totalAttendanceInSeconds: r.totalAttendanceInSeconds ?? 0,
        };
        const key = entry.aadObjectId || entry.email;
        if (!key) continue;
        const seen = merged.get(key);
        merged.set(
          key,
          seen ? { ...seen, totalAttendanceInSeconds: seen.totalAttendanceInSeconds + entry.totalAttendanceInSeconds } : entry,
        );
      }
    }
    return [...merged.values()];
  }

  private appBind() {
    return `${GRAPH_V1}/appCatalogs/teamsApps/${this.options.catalogAppId}`;
  }

  /** onlineMeetings take the user's object id in the path; the mailbox may be configured by UPN (user-get takes either). */
  private async organiser(): Promise<string> {
    if (!this.organiserId) {
      const user = await this.options.http.send<{ id: string }>(
        'GET',
        `${GRAPH_V1}/users/${encodeURIComponent(this.options.mailbox)}?$select=id`,
      );
      this.organiserId = encodeURIComponent(user!.id);
    }
    return this.organiserId;
  }

  /** Follows the whole @odata.nextLink (Graph paging docs). */
  private async all<T>(url: string): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = url;
    while (next) {
      const page: Page<T> | undefined = await this.options.http.send<Page<T>>('GET', next);
      out.push(...(page?.value ?? []));
      next = page?.['@odata.nextLink'];
    }
    return out;
  }
}
