/**
 * RFC 5545 calendar files, written by hand (it is small): UTC times (no VTIMEZONE needed),
 * CRLF line ends, text escaped, lines folded at 75 octets without splitting a character.
 * METHOD:PUBLISH: the file adds the meeting to the reader's calendar; the answer is given in the card.
 */
import { safeLink } from '../../domain/links';
import type { CalendarFile, CalendarMeeting, CalendarPort } from '../../app/ports/calendar';

const escapeText = (v: string) => v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const escapeParam = (v: string) => (/[;:,"]/.test(v) ? `"${v.replace(/"/g, "'")}"` : v);

/** 20260915T070000Z */
export const icsDateTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Folds a content line to 75 octets per line (continuations start with a space). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function renderIcs(m: CalendarMeeting, stamp: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SKA i Teams//Dialoger//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${m.uid}@ska-i-teams`,
    `DTSTAMP:${icsDateTime(stamp.toISOString())}`,
    `DTSTART:${icsDateTime(m.start)}`,
    `DTEND:${icsDateTime(m.end)}`,
    `SEQUENCE:${m.sequence}`,
    `SUMMARY:${escapeText(m.title)}`,
    ...(m.description ? [`DESCRIPTION:${escapeText(m.description)}`] : []),
    ...(m.location ? [`LOCATION:${escapeText(m.location)}`] : []),
    ...(safeLink(m.meetingUrl) ? [`URL:${safeLink(m.meetingUrl)}`] : []),
    ...(m.organiser.email ? [`ORGANIZER;CN=${escapeParam(m.organiser.name)}:mailto:${m.organiser.email}`] : []),
    ...m.attendees
      .filter((a) => a.email)
      .map((a) => `ATTENDEE;CN=${escapeParam(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${a.email}`),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(m.title)}`,
    'TRIGGER:-PT15M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export class IcsCalendar implements CalendarPort, CalendarFile {
  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Nothing to book: the .ics file goes with each invitation (its calendar link). */
  async book(): Promise<undefined> {
    return undefined;
  }

  /** Nothing was booked: the invitation's link serves the file as it is now (SEQUENCE raised). */
  async update(): Promise<void> {}

  render(meeting: CalendarMeeting): string {
    return renderIcs(meeting, this.now());
  }
}
