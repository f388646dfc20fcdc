/**
 * Links are checked: a meeting link is https only (a Teams join link is recognised as one), and
 * every URL on its way into a card or an .ics file passes the same check.
 */
import { expandCard } from '../../bot/cards/card-template';
import { IcsCalendar } from '../../src/adapters/calendar/ics-calendar';
import { DomainError } from '../../src/domain/errors';
import { checkMeetingLink, isTeamsJoinLink, safeLink } from '../../src/domain/links';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

const TEAMS_JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
const TEAMS_SHORT = 'https://teams.microsoft.com/meet/3456789012345?p=AbCdEfGh';
const REFUSED = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://example.com/meeting',
  'https://user:secret@example.com/',
  'https://example.com/\r\nATTENDEE:mailto:evil@example.com',
  'teams.microsoft.com/l/meetup-join/x',
];

describe('the one link check', () => {
  it('takes https links and recognises Teams join links', () => {
    expect(checkMeetingLink(TEAMS_JOIN)).toBe(TEAMS_JOIN);
    expect(isTeamsJoinLink(TEAMS_JOIN)).toBe(true);
    expect(isTeamsJoinLink(TEAMS_SHORT)).toBe(true);
    expect(checkMeetingLink('https://zoom.example/j/1')).toBe('https://zoom.example/j/1');
    expect(isTeamsJoinLink('https://zoom.example/j/1')).toBe(false);
    expect(isTeamsJoinLink('https://teams.microsoft.com.evil.example/l/meetup-join/x')).toBe(false);
  });

  it.each(REFUSED)('refuses %j with URL_NOT_ALLOWED and a Swedish message', (value) => {
    expect(safeLink(value)).toBe('');
    let error: unknown;
    try {
      checkMeetingLink(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('URL_NOT_ALLOWED');
    expect((error as DomainError).message).toMatch(/måste vara en webbadress som börjar med https:\/\//);
  });

  it('keeps an unsafe link out of a card: the button is left out, the safe ones stay', () => {
    const template = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x', selectAction: { type: 'Action.OpenUrl', url: '${bad}' } }],
      actions: [
        { type: 'Action.OpenUrl', title: 'Möte', url: '${bad}' },
        { type: 'Action.OpenUrl', title: 'Teams', url: '${good}' },
      ],
    };
    const card = expandCard(template, { bad: 'javascript:alert(1)', good: TEAMS_JOIN }) as any;
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Teams', url: TEAMS_JOIN }]);
    expect(card.body[0].selectAction).toBeUndefined();
    expect(JSON.stringify(card)).not.toMatch(/javascript:/i);
  });

  it('keeps an unsafe link out of an .ics file', () => {
    const meeting = {
      uid: 'u1',
      title: 'Dialog',
      description: '',
      start: '2026-09-15T07:00:00.000Z',
      end: '2026-09-15T09:00:00.000Z',
      location: '',
      organiser: { id: '1', name: 'Erik', email: 'erik@sjovik.example' },
      attendees: [],
      sequence: 0,
    };
    const ics = new IcsCalendar(() => new Date('2026-09-01T08:00:00Z'));
    expect(ics.render({ ...meeting, meetingUrl: 'javascript:alert(1)' })).not.toMatch(/URL:|javascript/i);
    expect(ics.render({ ...meeting, meetingUrl: TEAMS_JOIN }).replace(/\r\n /g, '')).toContain(`URL:${TEAMS_JOIN}`);
  });
});

describe('meeting links on a dialogue round over HTTP', () => {
  let app: TestApp;
  let erik: ReturnType<typeof client>;
  beforeAll(async () => {
    app = await startTestApp();
    erik = await app.clientFor('Erik Lund');
  });
  afterAll(() => app.close());

  it('refuses javascript: and other schemes on the round and on a group, in Swedish with a stable code, and creates nothing', async () => {
    const before = (await erik.get('/api/dialogues?schoolYear=2026-27')).body;
    for (const meetingUrl of ['javascript:alert(1)', 'data:text/html,x', 'http://example.com/m']) {
      const r = await erik.post('/api/dialogues', { kind: 'conditions', schoolYear: '2026-27', meetingUrl });
      expect({ meetingUrl, status: r.status, code: r.body.error.code }).toEqual({ meetingUrl, status: 400, code: 'URL_NOT_ALLOWED' });
      expect(r.body.error.message).toMatch(/https:\/\//);
    }
    const units = await app.services.directory.allUnits();
    const preschools = units.filter((u) => u.schoolForm === 'preschool').map((u) => u.id);
    const grouped = await erik.post('/api/dialogues', {
      kind: 'conditions',
      schoolYear: '2026-27',
      groups: [{ name: 'Förskola', unitIds: preschools, meetingUrl: 'javascript:alert(1)' }],
    });
    expect(grouped.status).toBe(400);
    expect(grouped.body.error.code).toBe('URL_NOT_ALLOWED');
    expect(grouped.body.error.message).toMatch(/Möteslänken för Förskola/);
    expect((await erik.get('/api/dialogues?schoolYear=2026-27')).body).toEqual(before);
  });

  it('takes a Teams join link, and refuses to change it to javascript: later', async () => {
    const created = await erik.post('/api/dialogues', { kind: 'conditions', schoolYear: '2026-27', meetingUrl: TEAMS_JOIN });
    expect(created.status).toBe(201);
    expect(created.body.meetingUrl).toBe(TEAMS_JOIN);
    const patched = await erik.patch(
      `/api/dialogues/${created.body.id}`,
      { meetingUrl: 'javascript:alert(1)' },
      { 'if-match': created.body.etag },
    );
    expect(patched.status).toBe(400);
    expect(patched.body.error.code).toBe('URL_NOT_ALLOWED');
    expect((await erik.get(`/api/dialogues/${created.body.id}`)).body.meetingUrl).toBe(TEAMS_JOIN);
  });
});
