/**
 * The overview's "Närvaro" column over real HTTP: Erik sends a dialogue round, marks in the side
 * panel's attendance route that Anna (principal) came, and GET /api/overview/:year counts it for
 * her unit; the other units in the group show nothing recorded, and units outside it stay null.
 */
import { sendPreschoolRound } from '../support/dialogue-rounds';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('counts a marked principal in the overview, one query of the meeting records for the year', async () => {
  const erik = await app.clientFor('Erik Lund');
  const { roundId, groupId, unitIds } = await sendPreschoolRound(app.baseUrl, await app.tokenFor('Erik Lund'));
  const base = `/api/dialogues/${roundId}/groups/${groupId}/meeting`;

  const before = (await erik.get('/api/overview/2026-27')).body;
  expect(before.units.every((u: any) => u.attendance === null)).toBe(true);

  const anna = await app.clientFor('Anna Berg');
  const annaUnit = (await anna.get(base)).body.you.canWriteNotes[0];
  const annaId = (await erik.get(`${base}/attendance`)).body.people.find((p: any) => p.displayName === 'Anna Berg').personId;
  expect((await erik.put(`${base}/attendance/${annaId}`, { present: true })).status).toBe(200);

  const reads: string[] = [];
  const invitationSelects: (string[] | undefined)[] = [];
  const queryMany = app.services.store.queryMany.bind(app.services.store);
  const spy = jest.spyOn(app.services.store, 'queryMany').mockImplementation((requests) => {
    reads.push(...requests.map((r) => r.list));
    invitationSelects.push(...requests.filter((r) => r.list === 'dialogueInvitations').map((r) => r.select));
    return queryMany(requests);
  });
  let overview;
  try {
    const res = await erik.get('/api/overview/2026-27');
    expect(res.status).toBe(200);
    overview = res.body;
  } finally {
    spy.mockRestore();
  }
  expect(reads.filter((l) => l === 'dialogueMeetings')).toHaveLength(1); // one round of the year: one query, not one per unit
  // The invitations with the six fields the answers and attendance use: not the notes, nor the calendar tokens.
  expect(invitationSelects.map((s) => s?.slice().sort())).toEqual([['answer', 'groupId', 'personId', 'role', 'roundId', 'unitIds']]);
  const row = (id: string) => overview.units.find((u: any) => u.unit.id === id);
  expect(row(annaUnit).attendance).toEqual({ attended: 1, invited: 1 });
  const outside = overview.units.filter((u: any) => !unitIds.includes(u.unit.id));
  expect(outside.length).toBeGreaterThan(0);
  expect(outside.every((u: any) => u.attendance === null)).toBe(true);

  // Marked absent by hand: recorded, not attended.
  expect((await erik.put(`${base}/attendance/${annaId}`, { present: false })).status).toBe(200);
  const after = (await erik.get('/api/overview/2026-27')).body;
  expect(after.units.find((u: any) => u.unit.id === annaUnit).attendance).toEqual({ attended: 0, invited: 1 });
});
