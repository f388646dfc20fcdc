/**
 * Outlook events with a Teams meeting, through Microsoft Graph: POST /users/{organiser}/events
 * with isOnlineMeeting. Created on behalf of the organiser: the token comes from an injected
 * provider (the On-Behalf-Of exchange lives with the identity adapters, not here).
 * Graph's transactionId makes a retried POST one event, not two.
 */
import type { CalendarMeeting, CalendarPort, PublishedMeeting } from '../../app/ports/calendar';

export interface GraphCalendarOptions {
  /** A delegated Graph token for the organiser (Calendars.ReadWrite). */
  tokenFor(organiserId: string): Promise<string>;
  baseUrl?: string;
  fetch?: typeof fetch;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class GraphCalendarError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GraphCalendarError';
  }
}

const escapeHtml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class GraphCalendar implements CalendarPort {
  readonly kind = 'outlook' as const;
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GraphCalendarOptions) {
    this.baseUrl = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  async publish(m: CalendarMeeting): Promise<PublishedMeeting> {
    const organiser = m.organiser.email || m.organiser.id;
    const body = {
      subject: m.title,
      body: { contentType: 'HTML', content: escapeHtml(m.description).replace(/\n/g, '<br>') },
      start: { dateTime: m.start.replace(/Z$/, ''), timeZone: 'UTC' },
      end: { dateTime: m.end.replace(/Z$/, ''), timeZone: 'UTC' },
      location: { displayName: m.location },
      attendees: m.attendees.filter((a) => a.email).map((a) => ({ emailAddress: { address: a.email, name: a.name }, type: 'required' })),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: true,
      transactionId: m.uid,
    };
    const maxAttempts = this.options.maxAttempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      const token = await this.options.tokenFor(m.organiser.id);
      const res = await this.fetch(`${this.baseUrl}/users/${encodeURIComponent(organiser)}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', Prefer: 'outlook.timezone="UTC"' },
        body: JSON.stringify(body),
      });
      if (res.ok) {
        const event = (await res.json()) as { id: string; webLink?: string; onlineMeeting?: { joinUrl?: string } };
        return { kind: 'outlook', uid: m.uid, eventId: event.id, joinUrl: event.onlineMeeting?.joinUrl ?? '', webLink: event.webLink ?? '' };
      }
      const retryable = res.status === 429 || res.status === 503 || res.status === 504;
      if (!retryable || attempt >= maxAttempts) {
        throw new GraphCalendarError(res.status, `Graph calendar: ${res.status} ${(await res.text()).slice(0, 300)}`);
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 500 * 2 ** (attempt - 1);
      await (this.options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(wait);
    }
  }
}
