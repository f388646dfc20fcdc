/**
 * The number of pupils per unit (for the response rate) is carried from the previous round of the
 * same respondents as the new round's default, stays editable, and the response rate follows a
 * saved count at once (not after the results' cache expires).
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let bjork: string;
const token = (i: number) => `device-token-${String(i).padStart(6, '0')}-countsx`;
const all = (v: number) => Object.fromEntries(['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'].map((id) => [id, v]));

beforeAll(async () => {
  app = await startTestApp({ SKA_SURVEY_PACK_HOLD_MS: '0' });
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

const openRound = async (period: 'autumn' | 'spring', opensOn: string, closesOn: string, respondents?: 'guardians') => {
  const round = (
    await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period, opensOn, closesOn, ...(respondents ? { respondents } : {}) })
  ).body;
  expect((await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'open' })).status).toBe(200);
  return round.id as string;
};
const link = (roundId: string) => anna.get(`/api/units/${bjork}/survey/rounds/${roundId}/link`);
const rate = async (roundId: string) =>
  (await anna.get(`/api/units/${bjork}/survey/results`)).body.rounds.find((r: any) => r.round.id === roundId).unit;

describe('student counts', () => {
  let autumn: string;

  it('starts empty in the first round; a saved count shows in the response rate right away', async () => {
    autumn = await openRound('autumn', '2026-10-01', '2026-11-30');
    expect((await link(autumn)).body.studentCount).toBeNull();
    const code = (await link(autumn)).body.code;
    for (let i = 0; i < 10; i++) {
      const r = await client(app.baseUrl).post(
        `/s/${code}`,
        { answers: all(3), deviceToken: token(i) },
        { origin: app.services.config.publicUrl },
      );
      expect(r.status).toBe(201);
    }
    expect((await rate(autumn)).responseRate).toBeNull(); // read once: the results are now cached
    expect((await anna.put(`/api/units/${bjork}/survey/rounds/${autumn}/students`, { count: 40 })).body.studentCount).toBe(40);
    expect(await rate(autumn)).toMatchObject({ students: 40, received: 10, responseRate: 25 });
    expect((await anna.put(`/api/units/${bjork}/survey/rounds/${autumn}/students`, { count: 20 })).status).toBe(200);
    expect(await rate(autumn)).toMatchObject({ students: 20, responseRate: 50 });
  });

  it('carries the count to the next round as its default, and it stays editable there', async () => {
    const spring = await openRound('spring', '2027-04-01', '2027-04-30');
    expect((await link(spring)).body.studentCount).toBe(20);
    const other = await app.unitId('Lärkans förskola');
    expect((await anna.get(`/api/units/${other}/survey/rounds/${spring}/link`)).body.studentCount).toBeNull(); // no count before: none now
    expect((await anna.put(`/api/units/${bjork}/survey/rounds/${spring}/students`, { count: 22 })).body.studentCount).toBe(22);
    expect((await link(autumn)).body.studentCount).toBe(20); // the earlier round keeps its own
  });

  it("does not carry children's counts to a guardian survey", async () => {
    const guardians = await openRound('autumn', '2026-10-05', '2026-10-25', 'guardians');
    expect((await link(guardians)).body.studentCount).toBeNull();
  });

  it('refuses a bad count in Swedish and changes nothing', async () => {
    const r = await anna.put(`/api/units/${bjork}/survey/rounds/${autumn}/students`, { count: 0 });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect((await link(autumn)).body.studentCount).toBe(20);
  });
});
