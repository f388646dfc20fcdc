import { previousSchoolYear } from '../../src/domain/school-year';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Reaches the JSON routes the feature tests leave out, once each with a valid request, so every
 * route's real answer meets its schema at least once (the test stage answers 500 RESPONSE_CONTRACT otherwise).
 */
let app: TestApp;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let bjork: string;
beforeAll(async () => {
  app = await startTestApp();
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

/** A 2xx answer; otherwise the error body (e.g. RESPONSE_CONTRACT with the zod issues) is the failure message. */
function ok(r: { status: number; body: unknown }): void {
  if (r.status >= 300) throw new Error(`${r.status}: ${JSON.stringify(r.body)}`);
}

it('answers the configuration, a unit and the survey settings as the contract says', async () => {
  const config = await client(app.baseUrl).get('/api/config');
  ok(config);
  // The tab's other year comes from the server (the tab keeps no school-year rule of its own).
  expect(config.body.previousSchoolYear).toBe(previousSchoolYear(config.body.currentSchoolYear));
  expect(config.body.previousSchoolYear).toMatch(/^\d{4}\/\d{2}$/);
  ok(await anna.get(`/api/units/${bjork}`));
  ok(await anna.get('/api/survey/rounds?schoolYear=2026-27'));
  const surveyConfig = await erik.get('/api/survey/config');
  ok(surveyConfig);
  ok(await erik.put('/api/survey/config', surveyConfig.body));
  ok(await erik.get('/api/bot/unreachable'));
});

it('answers a plan’s versions, one version and what changed', async () => {
  const plan = `/api/units/${bjork}/plans/2026-27`;
  ok(await anna.post(plan, {}));
  const versions = await anna.get(`${plan}/versions`);
  ok(versions);
  expect(versions.body.length).toBeGreaterThan(0);
  ok(await anna.get(`${plan}/versions/${versions.body[0].id}`));
  ok(await anna.get(`${plan}/changes`));
  ok(await anna.get(`${plan}/changes?since=${versions.body[0].id}`));
});

it('answers a report’s comments and resolving one (no content)', async () => {
  const report = `/api/units/${bjork}/reports/2026-27`;
  ok(await anna.post(report));
  const comment = await erik.post(`${report}/comments`, { anchor: 'document', body: 'Hur ser ni på analysen?' });
  expect(comment.status).toBe(201);
  const resolved = await erik.patch(`${report}/comments/${comment.body.id}`, { resolved: true });
  expect(resolved.status).toBe(204);
});

it('answers the annual follow-up’s comments, changes and versions', async () => {
  const annual = '/api/organiser/annual-follow-up/2026-27';
  ok(await erik.post(annual));
  const comment = await erik.post(`${annual}/comments`, { anchor: 'document', body: 'Utkast.' });
  expect(comment.status).toBe(201);
  ok(await erik.get(`${annual}/comments`));
  expect((await erik.patch(`${annual}/comments/${comment.body.id}`, { resolved: true })).status).toBe(204);
  ok(await erik.get(`${annual}/changes`));
  const versions = await erik.get(`${annual}/versions`);
  ok(versions);
  ok(await erik.get(`${annual}/versions/${versions.body[0].id}`));
});

it('answers dialogue notes: list, write and change', async () => {
  const notes = `/api/units/${bjork}/dialogue-notes/2026-27`;
  const note = await erik.post(notes, { kind: 'conditions', body: 'Samtal om förutsättningarna.' });
  expect(note.status).toBe(201);
  ok(await anna.get(notes));
  ok(await erik.patch(`${notes}/${note.body.id}`, { body: 'Samtal om förutsättningarna och resurserna.' }, { 'if-match': note.body.etag }));
});

it('answers dialogue rounds: list, read, change and remove (no content)', async () => {
  const created = await erik.post('/api/dialogues', {
    kind: 'process',
    schoolYear: '2026-27',
    groups: [{ name: 'Björkskolan', unitIds: [bjork] }],
  });
  expect(created.status).toBe(201);
  ok(await erik.get('/api/dialogues?schoolYear=2026-27'));
  const read = await erik.get(`/api/dialogues/${created.body.id}`);
  ok(read);
  const changed = await erik.patch(`/api/dialogues/${created.body.id}`, { place: 'Aulan' }, { 'if-match': read.body.etag });
  ok(changed);
  expect((await erik.del(`/api/dialogues/${created.body.id}`, { 'if-match': changed.body.etag })).status).toBe(204);
});

it('answers stale writes of the report and the annual follow-up with 409 and the current document in the contract’s shape', async () => {
  const report = `/api/units/${bjork}/reports/2026-27`;
  const doc = (await anna.get(report)).body;
  const key = doc.definition.sections.find((x: { kind: string }) => x.kind === 'text').key;
  ok(await anna.patch(`${report}/sections`, { updates: [{ sectionKey: key, value: 'Först.' }] }, { 'if-match': doc.etag }));
  const stale = await anna.patch(`${report}/sections`, { updates: [{ sectionKey: key, value: 'Sedan.' }] }, { 'if-match': doc.etag });
  expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT']);

  const annual = '/api/organiser/annual-follow-up/2026-27';
  const own = (await erik.get(annual)).body;
  const text = own.definition.sections.find((x: { kind: string }) => x.kind === 'text').key;
  ok(await erik.patch(`${annual}/sections`, { updates: [{ sectionKey: text, value: 'Först.' }] }, { 'if-match': own.etag }));
  const late = await erik.patch(`${annual}/sections`, { updates: [{ sectionKey: text, value: 'Sedan.' }] }, { 'if-match': own.etag });
  expect([late.status, late.body.error.code]).toEqual([409, 'CONFLICT']);
});
