/**
 * The calendar port's two adapters against one contract: the .ics file (parsed back) and the
 * Outlook event through Graph (against a tiny local fake of POST /users/{id}/events). Both carry
 * the same meeting: times, title, place, attendees; booking twice is one entry.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphCalendar } from '../../src/adapters/calendar/graph-calendar';
import { GraphBudget } from '../../src/adapters/graph/graph-budget';
import { GraphHttp } from '../../src/adapters/graph/graph-http';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { foldLine, IcsCalendar } from '../../src/adapters/calendar/ics-calendar';
import type { CalendarMeeting, CalendarPort } from '../../src/app/ports/calendar';

const meeting: CalendarMeeting = {
  uid: 'dialogue-7-12',
  title: 'Förutsättningsdialog: Förskola',
  description: 'Förutsättningsdialog 2026/27\nTa med enhetens åtagandeplan; klar för dialog, tack.',
  start: '2026-09-15T07:00:00.000Z',
  end: '2026-09-15T09:00:00.000Z',
  location: 'Stadshuset, sal 3',
  meetingUrl: '',
  organiser: { id: '13', name: 'Erik Lund', email: 'erik.lund@sjovik.example' },
  attendees: [
    { name: 'Anna Berg', email: 'anna.berg@sjovik.example' },
    { name: 'Leila Haddad', email: 'leila.haddad@sjovik.example' },
  ],
  sequence: 0,
};

interface Seen {
  start: string;
  end: string;
  title: string;
  location: string;
  attendees: string[];
}

/** Reads an .ics back: unfolds lines, unescapes text. */
function parseIcs(ics: string): Record<string, string[]> {
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const out: Record<string, string[]> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    const name = line.slice(0, i).split(';')[0];
    (out[name] ??= []).push(
      line
        .slice(i + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    );
  }
  return out;
}
const fromIcsTime = (v: string) =>
  `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}.000Z`;

async function startFakeGraph() {
  const events = new Map<string, any>();
  const requests: { path: string; auth: string; body: any }[] = [];
  let throttleNext = 1;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const parsed = JSON.parse(body || '{}');
      requests.push({ path: req.url ?? '', auth: String(req.headers.authorization), body: parsed });
      if (throttleNext-- > 0) {
        res.writeHead(429, { 'Retry-After': '0' });
        return res.end('{}');
      }
      // A POST with a transactionId already used gives the event made then (event resource docs: "to avoid redundant POST operations").
      const existing = [...events.values()].find((e) => e.transactionId === parsed.transactionId);
      const event = existing ?? {
        ...parsed,
        id: `evt-${events.size + 1}`,
        webLink: 'https://outlook.office.com/calendar/item/1',
        onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_fake' },
      };
      events.set(event.id, event);
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(event));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    events,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let fake: Awaited<ReturnType<typeof startFakeGraph>>;
const budget = new GraphBudget();
const outlook = () =>
  new GraphCalendar({
    http: new GraphHttp({
      authProvider: new StaticTokenAuthProvider('app-token'),
      hostRewrite: fake.url,
      budget,
      retry: { baseDelayMs: 1 },
    }),
    mailbox: 'dialoger@sjovik.example',
  });
beforeAll(async () => {
  fake = await startFakeGraph();
});
afterAll(() => fake.close());

const adapters: [string, () => CalendarPort, (m: CalendarMeeting) => Promise<Seen>][] = [
  [
    'IcsCalendar',
    () => new IcsCalendar(() => new Date('2026-09-01T08:00:00Z')),
    async (m) => {
      const f = parseIcs(new IcsCalendar().render(m));
      return {
        start: fromIcsTime(f.DTSTART[0]),
        end: fromIcsTime(f.DTEND[0]),
        title: f.SUMMARY[0],
        location: f.LOCATION[0],
        attendees: f.ATTENDEE.map((a) => a.replace('mailto:', '')),
      };
    },
  ],
  [
    'GraphCalendar',
    outlook,
    async (m) => {
      const booked = await outlook().book(async () => m);
      const e = fake.events.get(booked.eventId);
      // In the organiser mailbox's calendar, the person organising is an attendee too.
      const attendees = e.attendees.map((a: any) => a.emailAddress.address).filter((a: string) => a !== m.organiser.email);
      return { start: `${e.start.dateTime}Z`, end: `${e.end.dateTime}Z`, title: e.subject, location: e.location.displayName, attendees };
    },
  ],
];

describe.each(adapters)('calendar port contract: %s', (_name, make, readBack) => {
  it('carries the meeting: times, title, place, attendees', async () => {
    expect(await readBack(meeting)).toEqual({
      start: meeting.start,
      end: meeting.end,
      title: meeting.title,
      location: meeting.location,
      attendees: meeting.attendees.map((a) => a.email),
    });
  });

  it('books the same meeting as one entry, keyed by its uid (or books nothing)', async () => {
    const port = make();
    const a = await port.book(async () => meeting);
    const b = await port.book(async () => meeting);
    expect(b?.uid).toBe(a?.uid);
    expect(b?.eventId).toBe(a?.eventId);
    if (a) expect(a.uid).toBe(meeting.uid);
  });
});

describe('the .ics file', () => {
  it('books nothing and never builds the meeting: the file goes with each invitation', async () => {
    const build = jest.fn(async () => meeting);
    expect(await new IcsCalendar().book()).toBeUndefined();
    expect(await (new IcsCalendar() as CalendarPort).book(build)).toBeUndefined();
    expect(build).not.toHaveBeenCalled();
  });

  it('follows RFC 5545: CRLF, escaped text, lines folded at 75 octets without splitting å/ä/ö', async () => {
    const long = {
      ...meeting,
      description: 'Åtagandeplanen för förskolorna i Sjöviks kommun ska vara klar för dialog före mötet; ta med den.'.repeat(2),
    };
    const ics = new IcsCalendar(() => new Date('2026-09-01T08:00:00Z')).render(long);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(ics).toContain('UID:dialogue-7-12@ska-i-teams');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('DTSTAMP:20260901T080000Z');
    expect(ics).toContain('ORGANIZER;CN=Erik Lund:mailto:erik.lund@sjovik.example');
    expect(parseIcs(ics).DESCRIPTION[0]).toBe(long.description);
    expect(foldLine('x'.repeat(74) + 'ö')).toBe('x'.repeat(74) + '\r\n ö');
  });
});

describe('the Outlook event through Graph', () => {
  it('asks for a Teams meeting in the organiser mailbox, app-only through the Graph pipeline, idempotent by transactionId, and waits out a 429', () => {
    const posts = fake.requests.filter((r) => r.path === '/v1.0/users/dialoger%40sjovik.example/events');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts[0].auth).toBe('Bearer app-token');
    expect(posts[0].body.attendees.map((a: any) => a.emailAddress.address)).toContain('erik.lund@sjovik.example');
    expect(budget.requests(60_000)).toBe(fake.requests.length); // every try went through the meter
    expect(posts.at(-1)!.body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'dialogue-7-12',
      start: { timeZone: 'UTC' },
    });
    expect(fake.events.size).toBe(1);
  });
});
