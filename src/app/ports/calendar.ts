/**
 * The calendar port: a dialogue meeting as a calendar entry.
 * Adapters: IcsCalendar (an RFC 5545 file that goes with the invitation; the default) and
 * GraphCalendar (an Outlook event with a Teams meeting, created on behalf of the organiser).
 */

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarMeeting {
  /** Stable per meeting: the same meeting published twice is one entry. */
  uid: string;
  title: string;
  description: string;
  start: string; // UTC ISO
  end: string;
  location: string;
  meetingUrl: string;
  organiser: CalendarPerson & { id: string };
  attendees: CalendarPerson[];
  /** Raised when the meeting changes, so calendars replace the old entry. */
  sequence: number;
}

export type PublishedMeeting =
  | { kind: 'ics'; uid: string; ics: string }
  | { kind: 'outlook'; uid: string; eventId: string; joinUrl: string; webLink: string };

export interface CalendarPort {
  readonly kind: 'ics' | 'outlook';
  /** Publishes the meeting once when invitations go out (Outlook: creates the event and its Teams meeting). */
  publish(meeting: CalendarMeeting): Promise<PublishedMeeting>;
  /**
   * Carries a changed time, place or link to the published entry (Outlook: PATCH the event, which
   * sends the attendees an update). The .ics calendar has nothing to update: its file is made anew.
   */
  update(eventId: string, meeting: CalendarMeeting): Promise<void>;
}

/** The .ics file of a meeting, offered for download whichever calendar publishes. */
export interface CalendarFile {
  render(meeting: CalendarMeeting): string;
}
