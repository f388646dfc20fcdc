/**
 * Attendance from Teams, against the strict Graph fake: Erik sends a round with SKA_CALENDAR=graph
 * (the group gets its Teams meeting and the app in its chat); before the meeting ends the year
 * wheel's tick reads nothing; once it has ended and Teams has made the session's attendance report
 * (GET /users/{id}/onlineMeetings/{id}/attendanceReports, then .../attendanceRecords), the tick
 * records who came, a mark by hand still wins, and the overview's "Närvaro" column counts it.
 */
import { client } from '../support/http';
import { MAILBOX, startGraphMeetingApp } from './graph-meeting-app';
import { sendPreschoolRound } from '../support/dialogue-rounds';
import { waitUntil } from '../support/wait';

let env: Awaited<ReturnType<typeof startGraphMeetingApp>>;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let roundId = '';
let groupId = '';
const KARINS_UNIT = 'Havsörnens förskola';

beforeAll(async () => {
  env = await startGraphMeetingApp();
  for (const name of ['Erik Lund', 'Anna Berg']) tokens[name] = await env.app.tokenFor(name);
  for (const p of await env.app.services.directory.people()) ids[p.displayName] = p.id;
  ({ roundId, groupId } = await sendPreschoolRound(env.app.baseUrl, tokens['Erik Lund']));
});
afterAll(async () => {
  await env.close();
});

const erik = () => client(env.app.baseUrl, tokens['Erik Lund']);
const base = () => `/api/dialogues/${roundId}/groups/${groupId}/meeting`;
const reportReads = () => env.fake.stats.log.filter((r) => r.method === 'GET' && r.path.endsWith('/attendanceReports')).length;
const record = (displayName: string, seconds: number) => ({
  emailAddress: `${displayName.toLowerCase().replace(' ', '.')}@sjovik.example`,
  identity: { id: `aad-${displayName.split(' ')[0].toLowerCase()}`, displayName },
  role: 'Attendee' as const,
  totalAttendanceInSeconds: seconds,
});

it('reads nothing before the meeting has ended', async () => {
  // The send (perhaps in the background) made the Teams meeting and put the app in its chat.
  await waitUntil(async () => (await erik().get(base())).body.meeting?.app === 'installed', 'the app in the meeting chat');
  await env.app.scheduler.tick();
  expect(reportReads()).toBe(0);
  expect((await erik().get(`${base()}/attendance`)).body).toEqual(expect.objectContaining({ source: 'none', fetchedAt: '' }));
});

it('records who came from the report once the meeting has ended; a mark by hand wins', async () => {
  const event = env.fake.events.get(MAILBOX)!.find((e) => String(e.transactionId).endsWith(`-${groupId}`))!;
  const meetingId = String(event.onlineMeetingId);
  // Erik saw Leila in the room (she joined from Erik's laptop, so the report misses her).
  expect((await erik().put(`${base()}/attendance/${ids['Leila Haddad']}`, { present: true })).status).toBe(200);

  env.app.clock.set(new Date('2026-12-10T11:05:00+01:00'));
  await env.app.scheduler.tick(); // ended, but Teams has not made the report yet
  expect(reportReads()).toBe(1);
  expect((await erik().get(`${base()}/attendance`)).body.problem).toMatch(/ingen närvarorapport/);

  env.fake.meetings.endSession(
    meetingId,
    [record('Anna Berg', 6600), record('Erik Lund', 7200)],
    '2026-12-10T08:00:00Z',
    '2026-12-10T10:00:00Z',
  );
  // Anna signed in to Teams with her Entra id; Erik is matched by his e-mail address.
  await env.app.services.store.update('people', ids['Anna Berg'], { aadObjectId: 'aad-anna' });
  env.app.clock.set(new Date('2026-12-10T12:05:00+01:00'));
  await env.app.scheduler.tick();
  const attendance = (await erik().get(`${base()}/attendance`)).body;
  expect(attendance.source).toBe('graph');
  expect(attendance.fetchedAt).toBe('2026-12-10T11:05:00.000Z');
  expect(attendance.problem).toBe('');
  const person = (name: string) => attendance.people.find((p: any) => p.displayName === name);
  expect(person('Anna Berg')).toEqual(expect.objectContaining({ present: true, source: 'graph', minutes: 110 }));
  expect(person('Erik Lund')).toEqual(expect.objectContaining({ present: true, source: 'graph', minutes: 120 }));
  expect(person('Karin Holm')).toEqual(expect.objectContaining({ present: false, source: 'graph', minutes: 0 }));
  expect(person('Leila Haddad')).toEqual(expect.objectContaining({ present: true, source: 'manual', minutes: null }));

  // Read once: the next tick leaves a meeting whose report is in alone.
  const reads = reportReads();
  await env.app.scheduler.tick();
  expect(reportReads()).toBe(reads);

  // The organiser may read it again by hand (a later session); a principal may not.
  const anna = client(env.app.baseUrl, tokens['Anna Berg']);
  const refused = await anna.post(`${base()}/attendance/refresh`);
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('FORBIDDEN');
  env.fake.meetings.endSession(meetingId, [record('Karin Holm', 900)], '2026-12-10T10:30:00Z', '2026-12-10T10:45:00Z');
  const again = await erik().post(`${base()}/attendance/refresh`);
  expect(again.status).toBe(200);
  expect(again.body.people.find((p: any) => p.displayName === 'Karin Holm')).toEqual(
    expect.objectContaining({ present: true, source: 'graph', minutes: 15 }),
  );
  expect(reportReads()).toBe(reads + 1);
  // Back as it was for the overview below: Karin's second session never happened.
  env.fake.meetings.reports.get(meetingId)!.pop();
  env.fake.meetings.sessions.get(meetingId)!.pop();
  expect((await erik().post(`${base()}/attendance/refresh`)).body.people.find((p: any) => p.displayName === 'Karin Holm').present).toBe(
    false,
  );
});

it('shows it in the overview’s "Närvaro" column', async () => {
  const overview = await erik().get('/api/overview/2026-27');
  expect(overview.status).toBe(200);
  const units = new Map((await env.app.services.directory.allUnits()).map((u) => [u.name, u.id]));
  const row = (unit: string) => overview.body.units.find((u: any) => u.unit.id === units.get(unit));
  expect(row('Lärkans förskola').attendance).toEqual({ attended: 1, invited: 1 }); // Anna, from the report
  expect(row('Solrosens förskola').attendance).toEqual({ attended: 1, invited: 1 }); // Leila, by hand
  expect(row(KARINS_UNIT).attendance).toEqual({ attended: 0, invited: 1 }); // Karin: invited, not in the report
});
