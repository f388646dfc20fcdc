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

/** An entry a calendar system made for the meeting (Outlook: the event and its Teams meeting). */
export interface BookedMeeting {
  uid: string;
  eventId: string;
  joinUrl: string;
  webLink: string;
}

export interface CalendarPort {
  /**
   * Books the meeting once, when invitations go out, and answers the booking; undefined when this
   * calendar books nothing (with .ics files the file goes with each invitation instead). The
   * meeting is built only when a booking needs it.
   */
  book(meeting: () => Promise<CalendarMeeting>): Promise<BookedMeeting | undefined>;
  /**
   * Carries a changed time, place or link to the booked entry (Outlook: PATCH the event, which
   * sends the attendees an update). The .ics calendar books nothing, so has nothing to update.
   */
  update(eventId: string, meeting: CalendarMeeting): Promise<void>;
}

/** The .ics file of a meeting, offered for download whichever calendar publishes. */
export interface CalendarFile {
  render(meeting: CalendarMeeting): string;
}
