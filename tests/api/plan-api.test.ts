import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('the Åtagandeplan over HTTP', () => {
  let anna: ReturnType<typeof client>;
  let planUrl: string;
  beforeAll(async () => {
    anna = await app.clientFor('Anna Berg');
    planUrl = `/api/units/${await app.unitId('Björkskolan')}/plans/2026-27`;
  });

  it('says a plan that is not started is not started', async () => {
    const r = await anna.get(planUrl);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('PLAN_NOT_STARTED');
    expect(r.body.error.message).toMatch(/inte påbörjad/);
  });

  it('walks the effect chain: start, goal area, commitment, activity, follow-up, each a new version', async () => {
    const started = await anna.post(planUrl);
    expect(started.status).toBe(201);
    expect(started.body.plan.goalAreas.map((g: any) => g.label)).toEqual(['Kunskaper']);
    expect(started.body.plan.goalAreas[0].required).toBe(true);
    expect(started.headers.get('etag')).toBe(started.body.etag);

    const again = await anna.post(planUrl);
    expect(again.body.plan.id).toBe(started.body.plan.id); // starting twice makes one plan

    let etag = started.body.etag;
    const withArea = await anna.post(`${planUrl}/goal-areas`, { key: 'normer-och-varden' }, { 'if-match': etag });
    expect(withArea.status).toBe(200);
    expect(withArea.body.etag).not.toBe(etag);
    etag = withArea.body.etag;
    const kunskaper = withArea.body.plan.goalAreas.find((g: any) => g.key === 'kunskaper');

    const withCommitment = await anna.post(
      `${planUrl}/goal-areas/${kunskaper.id}/commitments`,
      { title: 'Läsförståelse', description: 'Gemensamma lässtrategier', intendedEffects: 'Fler elever förstår texter' },
      { 'if-match': etag },
    );
    expect(withCommitment.status).toBe(200);
    etag = withCommitment.body.etag;
    const commitment = withCommitment.body.plan.goalAreas.find((g: any) => g.key === 'kunskaper').commitments[0];
    expect(commitment).toMatchObject({ title: 'Läsförståelse', intendedEffects: 'Fler elever förstår texter' });

    const withActivity = await anna.post(
      `${planUrl}/commitments/${commitment.id}/activities`,
      { title: 'Kollegialt lärande', expectedResult: 'Alla lärare använder strategierna' },
      { 'if-match': etag },
    );
    etag = withActivity.body.etag;
    const withFollowUp = await anna.post(
      `${planUrl}/commitments/${commitment.id}/follow-ups`,
      { status: 'atRisk', note: 'Åk 4 behöver mer stöd' },
      { 'if-match': etag },
    );
    expect(withFollowUp.status).toBe(200);

    const read = await anna.get(planUrl);
    const c = read.body.plan.goalAreas.find((g: any) => g.key === 'kunskaper').commitments[0];
    expect(c.activities).toEqual([
      expect.objectContaining({ title: 'Kollegialt lärande', expectedResult: 'Alla lärare använder strategierna' }),
    ]);
    expect(c.followUps).toEqual([
      expect.objectContaining({ status: 'atRisk', note: 'Åk 4 behöver mer stöd', date: '2026-11-23', authorName: 'Anna Berg' }),
    ]);
    expect(read.body.canEdit).toBe(true);
    expect(read.body.rules).toEqual({ maxGoalAreas: 3, requiredGoalAreas: ['kunskaper'] });
  });

  it('stops a fourth goal area and keeps Kunskaper, with Swedish messages, and changes nothing', async () => {
    let doc = (await anna.get(planUrl)).body;
    doc = (await anna.post(`${planUrl}/goal-areas`, { key: 'skola-och-hem' }, { 'if-match': doc.etag })).body;
    expect(doc.plan.goalAreas).toHaveLength(3);
    const fourth = await anna.post(`${planUrl}/goal-areas`, { key: 'rektorns-ansvar' }, { 'if-match': doc.etag });
    expect(fourth.status).toBe(422);
    expect(fourth.body.error.code).toBe('PLAN_MAX_GOAL_AREAS');
    expect(fourth.body.error.message).toMatch(/Högst 3/);

    const kunskaper = doc.plan.goalAreas.find((g: any) => g.key === 'kunskaper');
    const removal = await anna.del(`${planUrl}/goal-areas/${kunskaper.id}`, { 'if-match': doc.etag });
    expect(removal.status).toBe(422);
    expect(removal.body.error.code).toBe('PLAN_REQUIRED_GOAL_AREA');

    const after = (await anna.get(planUrl)).body;
    expect(after.etag).toBe(doc.etag);
    expect(after.plan.goalAreas).toHaveLength(3);
  });

  it('answers a stale write with 409 and the current version, and loses neither update', async () => {
    const doc = (await anna.get(planUrl)).body;
    const c = doc.plan.goalAreas.find((g: any) => g.key === 'kunskaper').commitments[0];
    const first = await anna.patch(`${planUrl}/commitments/${c.id}`, { title: 'Läsförståelse i alla ämnen' }, { 'if-match': doc.etag });
    expect(first.status).toBe(200);
    const stale = await anna.patch(`${planUrl}/commitments/${c.id}`, { title: 'Något annat' }, { 'if-match': doc.etag });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(stale.body.current.etag).toBe(first.body.etag);
    expect(stale.body.current.plan.goalAreas.find((g: any) => g.key === 'kunskaper').commitments[0].title).toBe(
      'Läsförståelse i alla ämnen',
    );
    expect(stale.body.current.goalAreaCatalogue.length).toBeGreaterThan(0);
  });

  it('requires If-Match on writes', async () => {
    const r = await anna.post(`${planUrl}/goal-areas`, { key: 'rektorns-ansvar' });
    expect(r.status).toBe(428);
    expect(r.body.error.code).toBe('PRECONDITION_REQUIRED');
  });

  it('removes a commitment with its activities and follow-ups', async () => {
    const doc = (await anna.get(planUrl)).body;
    const area = doc.plan.goalAreas.find((g: any) => g.key === 'normer-och-varden');
    const added = (await anna.post(`${planUrl}/goal-areas/${area.id}/commitments`, { title: 'Trygga raster' }, { 'if-match': doc.etag }))
      .body;
    const c = added.plan.goalAreas.find((g: any) => g.key === 'normer-och-varden').commitments[0];
    const withA = (await anna.post(`${planUrl}/commitments/${c.id}/activities`, { title: 'Rastvärdar' }, { 'if-match': added.etag })).body;
    const removed = await anna.del(`${planUrl}/commitments/${c.id}`, { 'if-match': withA.etag });
    expect(removed.status).toBe(200);
    expect(removed.body.plan.goalAreas.find((g: any) => g.key === 'normer-och-varden').commitments).toEqual([]);
    expect(
      (await app.services.store.query('activities', { where: { planKey: `${doc.plan.unitId}|2026/27` } })).items.map((i) => i.fields.title),
    ).not.toContain('Rastvärdar');
  });
});

describe('who may read and write', () => {
  let bjork: string;
  let sjovik: string;
  beforeAll(async () => {
    bjork = await app.unitId('Björkskolan');
    sjovik = await app.unitId('Sjöviksskolan');
  });

  it('lets staff read their unit but not edit', async () => {
    const lisa = await app.clientFor('Lisa Ström');
    const doc = await lisa.get(`/api/units/${bjork}/plans/2025-26`);
    expect(doc.status).toBe(200);
    expect(doc.body.canEdit).toBe(false);
    const write = await lisa.post(`/api/units/${bjork}/plans/2025-26/goal-areas`, { key: 'skola-och-hem' }, { 'if-match': doc.body.etag });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('FORBIDDEN');
  });

  it("keeps a principal out of another unit's plan", async () => {
    const anna = await app.clientFor('Anna Berg');
    expect((await anna.get(`/api/units/${sjovik}/plans/2026-27`)).status).toBe(403);
    expect((await anna.post(`/api/units/${sjovik}/plans/2026-27`)).status).toBe(403);
  });

  it('lets the organiser read every unit, and edit none', async () => {
    const erik = await app.clientFor('Erik Lund');
    const units = await erik.get('/api/units');
    expect(units.body).toHaveLength(13);
    const doc = await erik.get(`/api/units/${sjovik}/plans/2026-27`);
    expect(doc.status).toBe(200);
    expect(doc.body.canEdit).toBe(false);
    expect(
      (await erik.post(`/api/units/${sjovik}/plans/2026-27/goal-areas`, { key: 'skola-och-hem' }, { 'if-match': doc.body.etag })).status,
    ).toBe(403);
  });

  it('shows a principal only their own units, and a final plan as not editable', async () => {
    const anna = await app.clientFor('Anna Berg');
    const units = await anna.get('/api/units');
    expect(units.body.map((u: any) => u.name).sort()).toEqual(['Björkskolan', 'Lärkans förskola']);
    const last = await anna.get(`/api/units/${bjork}/plans/2025-26`);
    expect(last.body.plan.status).toBe('final');
    expect(last.body.canEdit).toBe(false);
    const write = await anna.post(`/api/units/${bjork}/plans/2025-26/goal-areas`, { key: 'skola-och-hem' }, { 'if-match': last.body.etag });
    expect(write.body.error.code).toBe('PLAN_NOT_EDITABLE');
  });

  it('refuses requests without a valid token', async () => {
    const none = client(app.baseUrl);
    expect((await none.get('/api/me')).status).toBe(401);
    const forged = client(app.baseUrl, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl');
    const r = await forged.get('/api/units');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('Mitt kvalitetsarbete in one request', () => {
  it('lists the status of every document of the person’s units for the asked years', async () => {
    const anna = await app.clientFor('Anna Berg');
    const r = await anna.get('/api/me/documents?years=2026-27,2025-26');
    expect(r.status).toBe(200);
    const lark = r.body.filter((d: any) => d.unitName === 'Lärkans förskola').map((d: any) => [d.kind, d.schoolYear, d.status]);
    expect(lark).toEqual([
      ['plan', '2026/27', 'draft'],
      ['report', '2026/27', null],
      ['plan', '2025/26', 'final'],
      ['report', '2025/26', null],
    ]);
    expect(r.body.every((d: any) => ['Björkskolan', 'Lärkans förskola'].includes(d.unitName))).toBe(true);
    expect((await anna.get('/api/me/documents?years=20x')).status).toBe(400);
  });

  it('brings the comments with the document, in the same read', async () => {
    const anna = await app.clientFor('Anna Berg');
    const lark = await app.unitId('Lärkans förskola');
    expect((await anna.get(`/api/units/${lark}/plans/2026-27`)).body.comments).toEqual([]);
  });
});
