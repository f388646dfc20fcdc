import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let planUrl: string;
let etag: string;
let commitmentId: string;

beforeAll(async () => {
  app = await startTestApp();
  anna = await app.clientFor('Anna Berg');
  planUrl = `/api/units/${await app.unitId('Lärkans förskola')}/plans/2026-27`;
  const doc = (await anna.get(planUrl)).body;
  etag = doc.etag;
  commitmentId = doc.plan.goalAreas[0].commitments[0].id;
});
afterAll(() => app.close());

async function unchanged() {
  expect((await anna.get(planUrl)).body.etag).toBe(etag);
}

describe('bad input gets a stable code, a Swedish message, and changes nothing', () => {
  it('malformed JSON', async () => {
    const r = await anna.post(`${planUrl}/commitments/${commitmentId}/activities`, '{"title": "Läs', { 'if-match': etag });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'MALFORMED_JSON', message: 'Innehållet är inte giltig JSON.' });
    expect(r.body.error.correlationId).toMatch(/\S/);
    await unchanged();
  });

  it('wrong types', async () => {
    const r = await anna.post(`${planUrl}/commitments/${commitmentId}/activities`, { title: 42 }, { 'if-match': etag });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.message).toMatch(/Rubrik har fel typ/);
    await unchanged();
  });

  it('missing and empty required text', async () => {
    const missing = await anna.post(`${planUrl}/commitments/${commitmentId}/follow-ups`, { status: 'onTrack' }, { 'if-match': etag });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/Anteckning saknas/);
    const empty = await anna.post(`${planUrl}/commitments/${commitmentId}/activities`, { title: '   ' }, { 'if-match': etag });
    expect(empty.body.error.message).toMatch(/Rubrik måste fyllas i/);
    await unchanged();
  });

  it('too-long text', async () => {
    const r = await anna.post(`${planUrl}/commitments/${commitmentId}/activities`, { title: 'x'.repeat(256) }, { 'if-match': etag });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/Rubrik är för lång: högst 255 tecken/);
    await unchanged();
  });

  it('unknown fields and values out of range', async () => {
    const extra = await anna.post(`${planUrl}/commitments/${commitmentId}/activities`, { title: 'A', owner: 'x' }, { 'if-match': etag });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/Okända fält: owner/);
    const status = await anna.post(
      `${planUrl}/commitments/${commitmentId}/follow-ups`,
      { status: 'great', note: 'n' },
      { 'if-match': etag },
    );
    expect(status.status).toBe(400);
    expect(status.body.error.message).toMatch(/Status har ett värde som inte är tillåtet/);
    const date = await anna.post(
      `${planUrl}/commitments/${commitmentId}/follow-ups`,
      { status: 'onTrack', note: 'n', date: '2026-13-45' },
      { 'if-match': etag },
    );
    expect(date.status).toBe(400);
    await unchanged();
  });

  it('unknown ids: goal area key in the body → 400, parts of the path → 404', async () => {
    const key = await anna.post(`${planUrl}/goal-areas`, { key: 'kunskaper' }, { 'if-match': etag }); // a school area, not a preschool one
    expect(key.status).toBe(400);
    expect(key.body.error.code).toBe('PLAN_UNKNOWN_GOAL_AREA');
    const commitment = await anna.post(`${planUrl}/commitments/999999/activities`, { title: 'A' }, { 'if-match': etag });
    expect(commitment.status).toBe(404);
    expect(commitment.body.error.message).toMatch(/Åtagandet finns inte/);
    const badId = await anna.get('/api/units/../../etc/plans/2026-27');
    expect([400, 404]).toContain(badId.status);
    const year = await anna.get(`/api/units/1/plans/2026-28`);
    expect(year.status).toBe(400);
    expect(year.body.error.message).toMatch(/läsår/i);
    await unchanged();
  });

  it('an oversized body', async () => {
    const r = await anna.post(
      `${planUrl}/commitments/${commitmentId}/activities`,
      { title: 'A', expectedResult: 'x'.repeat(70 * 1024) },
      { 'if-match': etag },
    );
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    await unchanged();
  });

  it('a malformed school year in the path is named in Swedish', async () => {
    const r = await anna.get(planUrl.replace('2026-27', '2026-7'));
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Läsåret har fel format.' });
    await unchanged();
  });

  it('unknown routes answer 404 in the same error shape', async () => {
    const r = await anna.get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
  });

  it('a write that needs If-Match is refused at the edge without one (or with an empty one), before its body is read', async () => {
    for (const headers of [{}, { 'if-match': '' }] as Record<string, string>[]) {
      const write = await anna.post(`${planUrl}/commitments/${commitmentId}/activities`, { title: 'Läsfrämjande' }, headers);
      expect(write.status).toBe(428);
      expect(write.body.error).toMatchObject({
        code: 'PRECONDITION_REQUIRED',
        message: expect.stringMatching(/saknar versionsuppgift \(If-Match\)/),
      });
      // The edge answers before the body: a malformed one changes nothing about the answer.
      const malformed = await anna.post(`${planUrl}/status`, '{"transition": ', headers);
      expect(malformed.status).toBe(428);
    }
    await unchanged();
  });
});
