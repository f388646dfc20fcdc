/**
 * Outlook events with a Teams meeting, through the app's one Graph pipeline (auth, retry on
 * 429/503/504 honouring Retry-After, timeout, GraphRequestError, RU meter):
 * `POST /users/{mailbox}/events` with `isOnlineMeeting` and `onlineMeetingProvider: teamsForBusiness`,
 * so Graph adds the join link. `transactionId` (the meeting's uid) makes a retried POST one event,
 * not two (event resource docs), which is why the POST may be sent again after a lost answer.
 *
 * Wired by configuration (SKA_CALENDAR=graph): app-only, in the organiser mailbox
 * SKA_CALENDAR_ORGANISER (application permission Calendars.ReadWrite, limited to that mailbox by
 * an Exchange application access policy); the person organising is an attendee. Given a GraphHttp
 * with a delegated token (OnBehalfOfTokens.authProvider) and no mailbox, the event goes in the
 * organiser's own calendar instead.
 */
import type { BookedMeeting, CalendarMeeting, CalendarPort } from '../../app/ports/calendar';
import { GRAPH_V1, type GraphHttp } from '../graph/graph-http';

export interface GraphCalendarOptions {
  http: GraphHttp;
  /** The mailbox (UPN or object id) whose calendar holds the events; default: the organiser's own. */
  mailbox?: string;
}

const escapeHtml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class GraphCalendar implements CalendarPort {
  constructor(private readonly options: GraphCalendarOptions) {}

  async book(meeting: () => Promise<CalendarMeeting>): Promise<BookedMeeting> {
    return this.createEvent(await meeting());
  }

  async createEvent(m: CalendarMeeting): Promise<BookedMeeting> {
    const mailbox = this.mailboxOf(m);
    const body = {
      subject: m.title,
      body: { contentType: 'HTML', content: escapeHtml(m.description).replace(/\n/g, '<br>') },
      ...this.when(m),
      attendees: this.attendees(m, mailbox),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: true,
      transactionId: m.uid,
    };
    const event = await this.options.http.send<{ id: string; webLink?: string; onlineMeeting?: { joinUrl?: string } }>(
      'POST',
      `${GRAPH_V1}/users/${encodeURIComponent(mailbox)}/events`,
      {
        body,
        headers: { Prefer: 'outlook.timezone="UTC"' },
        repeatable: true, // transactionId: a repeat after a lost answer is the same event
      },
    );
    return { uid: m.uid, eventId: event!.id, joinUrl: event!.onlineMeeting?.joinUrl ?? '', webLink: event!.webLink ?? '' };
  }

  /**
   * PATCHes what changed and leaves `body` alone: the body holds the online meeting's blob, and an
   * update that drops it disables the Teams meeting (event-update docs, "body property and online meetings").
   */
  async update(eventId: string, m: CalendarMeeting): Promise<void> {
    const mailbox = this.mailboxOf(m);
    await this.options.http.send('PATCH', `${GRAPH_V1}/users/${encodeURIComponent(mailbox)}/events/${encodeURIComponent(eventId)}`, {
      body: { subject: m.title, ...this.when(m), attendees: this.attendees(m, mailbox) },
      headers: { Prefer: 'outlook.timezone="UTC"' },
      repeatable: true, // the same PATCH twice leaves the same event
    });
  }

  private mailboxOf(m: CalendarMeeting) {
    return this.options.mailbox || m.organiser.email || m.organiser.id;
  }

  private when(m: CalendarMeeting) {
    return {
      start: { dateTime: m.start.replace(/Z$/, ''), timeZone: 'UTC' },
      end: { dateTime: m.end.replace(/Z$/, ''), timeZone: 'UTC' },
      location: { displayName: m.location },
    };
  }

  private attendees(m: CalendarMeeting, mailbox: string) {
    const people = this.options.mailbox && m.organiser.email ? [m.organiser, ...m.attendees] : m.attendees;
    const seen = new Set<string>();
    return people
      .filter(
        (a) =>
          a.email && a.email.toLowerCase() !== mailbox.toLowerCase() && !seen.has(a.email.toLowerCase()) && seen.add(a.email.toLowerCase()),
      )
      .map((a) => ({ emailAddress: { address: a.email, name: a.name }, type: 'required' }));
  }
}
