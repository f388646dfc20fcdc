import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let bjork = '';
const url = () => `/api/units/${bjork}/plans/2025-26`;

beforeAll(async () => {
  app = await startTestApp();
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

describe('GET /api/me/waiting', () => {
  it('needs a signed-in person', async () => {
    expect((await client(app.baseUrl).get('/api/me/waiting')).status).toBe(401);
  });

  it('puts the returned plan with its comment first for its principal, and the answer for the organiser', async () => {
    const plan = (await erik.get(url())).body;
    await erik.post(
      `${url()}/status`,
      { transition: 'reopen', comment: 'Förtydliga uppföljningen av läsförståelsen.' },
      { 'if-match': plan.etag },
    );
    const mine = await anna.get('/api/me/waiting');
    expect(mine.status).toBe(200);
    expect(mine.body[0]).toMatchObject({
      kind: 'returned',
      title: 'Åtagandeplan 2025/26 har återsänts: svara på kommentaren',
      detail: 'Erik Lund: Förtydliga uppföljningen av läsförståelsen.',
      unitName: 'Björkskolan',
      target: { view: 'document', unitId: bjork, schoolYear: '2025/26', doc: 'plan' },
    });
    // Only her own units.
    const own = new Set((await anna.get('/api/me')).body.memberships.map((m: any) => m.unitId));
    expect(mine.body.every((i: any) => i.unitId === null || own.has(i.unitId))).toBe(true);
    expect((await erik.get('/api/me/waiting')).body.some((i: any) => i.kind === 'commentAnswered')).toBe(false);

    const reason = (await anna.get(`${url()}/comments`)).body.find((c: any) => c.anchor === 'document');
    await anna.post(`${url()}/comments`, { anchor: 'document', body: 'Screening i januari läggs till.', parentId: reason.id });
    expect((await anna.get('/api/me/waiting')).body.some((i: any) => i.kind === 'returned')).toBe(false);
    const organiser = (await erik.get('/api/me/waiting')).body;
    expect(organiser.find((i: any) => i.kind === 'commentAnswered')).toMatchObject({
      unitName: 'Björkskolan',
      detail: 'Anna Berg: Screening i januari läggs till.',
    });
  });

  it('shows the organiser a plan marked ready, to review', async () => {
    const doc = (await anna.get(url())).body;
    expect((await anna.post(`${url()}/status`, { transition: 'ready' }, { 'if-match': doc.etag })).status).toBe(200);
    const organiser = (await erik.get('/api/me/waiting')).body;
    expect(organiser.find((i: any) => i.kind === 'readyForReview')).toMatchObject({
      title: 'Åtagandeplan 2025/26 är klar för dialog: granska',
      detail: 'Läs och kommentera före dialogen',
      unitName: 'Björkskolan',
    });
  });
});
