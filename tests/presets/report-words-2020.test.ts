/**
 * Under the 2020 preset the unit's year report is the "Verksamhetsuppföljning": the report's error
 * messages name it so, never the 2024 "läsårsrapport".
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let lisa: ReturnType<typeof client>;
let url: string;

beforeAll(async () => {
  app = await startTestApp();
  const tomas = await app.clientFor('Tomas Berg');
  expect((await tomas.post('/api/admin/presets/2020')).status).toBe(200);
  anna = await app.clientFor('Anna Berg');
  lisa = await app.clientFor('Lisa Ström');
  url = `/api/units/${await app.unitId('Björkskolan')}/reports/2025-26`;
});
afterAll(() => app.close());

const noOldNames = (message: string) => expect(message).not.toMatch(/läsårsrapport/i);

describe('report error messages under the 2020 preset', () => {
  it('a report not started is "Verksamhetsuppföljningen"', async () => {
    const r = await anna.get(url);
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({ code: 'REPORT_NOT_STARTED', message: 'Verksamhetsuppföljningen för läsåret är inte påbörjad.' });
    const basis = await anna.get(`${url}/basis`);
    expect(basis.body.error).toMatchObject({ code: 'REPORT_NOT_STARTED' });
    noOldNames(basis.body.error.message);
  });

  it('only the principal may change it, in its own words', async () => {
    const r = await lisa.post(url);
    expect(r.status).toBe(403);
    // The route's access policy answers first, in words that fit every preset.
    expect(r.body.error.code).toBe('FORBIDDEN');
    noOldNames(r.body.error.message);
  });

  it('a stale version says "verksamhetsuppföljningen"', async () => {
    const started = await anna.post(url);
    expect(started.status).toBe(201);
    expect(started.body.definition.label).toBe('Verksamhetsuppföljning');
    const key = started.body.definition.sections.find((s: any) => s.kind === 'text').key;
    const first = await anna.patch(
      `${url}/sections`,
      { updates: [{ sectionKey: key, value: 'Första' }] },
      { 'if-match': started.body.etag },
    );
    expect(first.status).toBe(200);
    const stale = await anna.patch(
      `${url}/sections`,
      { updates: [{ sectionKey: key, value: 'Andra' }] },
      { 'if-match': started.body.etag },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/^Någon annan har ändrat verksamhetsuppföljningen sedan du öppnade den/);
  });
});
