/** The year wheel's API over real HTTP: read, edit with clear Swedish messages, resolved events, and what is due for me. */
import { DEFAULT_YEAR_WHEEL } from '../../src/domain/year-wheel';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
});
afterAll(() => app.close());

describe('the year wheel API', () => {
  let token = '';
  beforeAll(async () => {
    token = await app.tokenFor('Erik Lund');
  });
  const putAs = async (tok: string, body: unknown, etag?: string) => {
    const res = await fetch(`${app.baseUrl}/api/year-wheel`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}`, ...(etag ? { 'if-match': etag } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json(), etag: res.headers.get('etag') ?? undefined };
  };

  it('serves the 2024 default until someone saves one', async () => {
    const r = await anna.get('/api/year-wheel');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      isDefault: true,
      wheel: { events: expect.arrayContaining([expect.objectContaining({ key: 'conditions-dialogue' })]) },
    });
  });

  it('refuses 30 February and a window that ends before it starts, naming both in Swedish, and changes nothing', async () => {
    const wheel = structuredClone(DEFAULT_YEAR_WHEEL);
    (wheel.events.find((e) => e.key === 'board-february') as any).date = { month: 2, day: 30 };
    Object.assign(
      wheel.events.find((e) => e.key === 'results-dialogue')!,
      { start: { month: 6, day: 15 }, end: { month: 5, day: 1 } },
    );
    const r = await putAs(token, wheel);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('YEAR_WHEEL_INVALID');
    expect(r.body.error.message).toBe(
      'Resultatdialoger: slutdatumet (1 maj) ligger före startdatumet (15 juni) i läsåret. Nämnden: läsårets verksamhetsplan, datum: 30 februari finns inte.',
    );
    expect((await erik.get('/api/year-wheel')).body.isDefault).toBe(true);
  });

  it('refuses a malformed body with the schema’s Swedish message', async () => {
    const r = await putAs(token, { events: [{ key: 'x', kind: 'boardMeeting', label: 'X', audience: ['board'], time: '10:00' }] });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.message).toMatch(/saknas/);
  });

  it('saves an edit (then needs If-Match), and resolves the events from it', async () => {
    const wheel = structuredClone(DEFAULT_YEAR_WHEEL);
    (wheel.events.find((e) => e.key === 'board-october') as any).date = { month: 10, day: 22 };
    const saved = await putAs(token, wheel);
    expect(saved.status).toBe(200);
    expect(saved.etag).toBeTruthy();
    expect((await putAs(token, wheel)).status).toBe(428);
    expect((await putAs(token, wheel, '"stale,1"')).status).toBe(409);
    expect((await putAs(token, wheel, saved.etag)).status).toBe(200);

    const events = await anna.get('/api/year-wheel/2026-27/events');
    expect(events.body.events.find((e: any) => e.key === 'board-october')).toMatchObject({
      startDate: '2026-10-22',
      start: '2026-10-22T11:00:00.000Z',
    });
  });

  it('refuses edits from a principal', async () => {
    expect((await putAs(await app.tokenFor('Anna Berg'), DEFAULT_YEAR_WHEEL)).status).toBe(403);
  });

  it('tells Anna what is due for her: upcoming events for principals and her units’ documents before their deadline', async () => {
    app.clock.set(new Date('2026-08-20T10:00:00+02:00'));
    const r = await anna.get('/api/year-wheel/2026-27/due-for-me');
    expect(r.status).toBe(200);
    const keys = r.body.upcoming.map((e: any) => e.key);
    expect(keys).toContain('conditions-dialogue');
    expect(keys).not.toContain('board-february');
    expect(r.body.documents.map((d: any) => [d.eventKey, d.unitName, d.status])).toEqual([
      ['plan-ready', 'Björkskolan', null],
      ['plan-ready', 'Lärkans förskola', 'draft'],
      ['report-started', 'Björkskolan', null],
      ['report-started', 'Lärkans förskola', null],
    ]);
  });
});
