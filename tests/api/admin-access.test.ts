/**
 * The access matrix for the admin (systemförvaltare): configuration — units, people, presets,
 * question sets, the year wheel — and nothing else: no unit's documents, notes or results, no
 * organiser views, nothing sent. A person who is both admin and organiser gets both.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: ReturnType<typeof client>;
let both: ReturnType<typeof client>;
let unitId: string;

beforeAll(async () => {
  app = await startTestApp();
  unitId = await app.unitId('Björkskolan');
  admin = await app.clientFor('Tomas Berg');
  await app.services.store.create('people', {
    displayName: 'Kim Båda',
    email: 'kim.bada@sjovik.example',
    aadObjectId: '',
    appRoles: JSON.stringify(['admin', 'organiser']),
    modifiedById: 'test',
  });
  both = await app.clientFor('Kim Båda');
});
afterAll(() => app.close());

// Last year's plan of Björkskolan is final in the demo data, so every document route has something to show.
const unitDocuments = () => [
  `/api/units/${unitId}/plans/2025-26`,
  `/api/units/${unitId}/plans/2025-26/versions`,
  `/api/units/${unitId}/plans/2025-26/comments`,
  `/api/units/${unitId}/plans/2025-26/export.docx`,
  `/api/units/${unitId}/reports/2025-26`,
  `/api/units/${unitId}/dialogue-notes/2025-26`,
  `/api/units/${unitId}/survey/results`,
  `/api/units/${unitId}/key-figures`,
];
const organiserViews = [
  '/api/overview/2026-27',
  '/api/organiser/annual-follow-up/2026-27',
  '/api/dialogues',
  '/api/dialogues/proposal/2026-27',
  '/api/outbox',
  '/api/bot/unreachable',
];

describe('the admin configures and reads nothing else', () => {
  it('is refused every unit document, note and result (403 FORBIDDEN)', async () => {
    for (const path of unitDocuments()) {
      const r = await admin.get(path);
      expect({ path, status: r.status, code: r.body?.error?.code }).toEqual({ path, status: 403, code: 'FORBIDDEN' });
    }
  });

  it('is refused a round’s survey results for all units, as a table and as CSV', async () => {
    const erik = await app.clientFor('Erik Lund');
    const round = await erik.post('/api/survey/rounds', {
      schoolYear: '2026-27',
      period: 'spring',
      opensOn: '2027-04-01',
      closesOn: '2027-04-30',
    });
    expect(round.status).toBe(201);
    for (const path of [`/api/survey/rounds/${round.body.id}/results`, `/api/survey/rounds/${round.body.id}/results.csv`]) {
      expect({ path, admin: (await admin.get(path)).status, organiser: (await erik.get(path)).status }).toEqual({
        path,
        admin: 403,
        organiser: 200,
      });
    }
  });

  it('is refused the organiser views and everything that sends', async () => {
    for (const path of organiserViews) expect({ path, status: (await admin.get(path)).status }).toEqual({ path, status: 403 });
    const writes: [string, unknown][] = [
      ['/api/dialogues', { schoolYear: '2026/27', kind: 'conditions' }],
      ['/api/year-wheel/tick', {}],
      ['/api/statistics/import/preview', {}],
      ['/api/organiser/annual-follow-up/2026-27', {}],
      // TLD rounds are run by the organiser: opening one sends links to every principal.
      ['/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-10-31' }],
    ];
    for (const [path, body] of writes) expect({ path, status: (await admin.post(path, body)).status }).toEqual({ path, status: 403 });
  });

  it('still does configuration: presets, the year wheel, question sets, the units', async () => {
    expect((await admin.get('/api/admin/presets')).status).toBe(200);
    const wheel = await admin.get('/api/year-wheel');
    const saved = await admin.put('/api/year-wheel', wheel.body.wheel, wheel.body.etag ? { 'if-match': wheel.body.etag } : {});
    expect(saved.status).toBe(200);
    expect((await admin.get('/api/survey/config')).status).toBe(200);
    expect((await admin.get('/api/units')).status).toBe(200);
  });

  it('gives a person with both roles both', async () => {
    for (const path of [
      ...unitDocuments().slice(0, 2),
      '/api/overview/2026-27',
      '/api/organiser/annual-follow-up/2026-27',
      '/api/dialogues',
    ]) {
      expect({ path, status: [200, 404].includes((await both.get(path)).status) }).toEqual({ path, status: true });
    }
    expect((await both.get(`/api/units/${unitId}/plans/2025-26`)).status).toBe(200);
    expect((await both.get('/api/admin/presets')).status).toBe(200);
  });
});
