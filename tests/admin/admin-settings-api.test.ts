/**
 * Inställningar over HTTP: the admin keeps the board goals (add, reword, retire: a retired goal stays
 * on old commitments and cannot be picked on new ones), previews a preset before switching, and sets a
 * unit's school forms. Bad input answers a Swedish message and a stable code, and changes nothing.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let bjork: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.clientFor('Tomas Berg');
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

describe('board goals (nämndmål)', () => {
  const planUrl = () => `/api/units/${bjork}/plans/2026-27`;

  it('adds, rewords and retires; a retired goal stays on the commitment that has it and is refused on new ones', async () => {
    const added = await admin.post('/api/admin/board-goals', { title: '  Alla elever  har en meningsfull fritid ' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ title: 'Alla elever har en meningsfull fritid', retired: false, commitments: 0 });
    const goalId = added.body.id;

    const reworded = await admin.patch(`/api/admin/board-goals/${goalId}`, { title: 'Alla barn och elever har en meningsfull fritid' });
    expect(reworded.body.title).toBe('Alla barn och elever har en meningsfull fritid');

    // The principal picks it on a commitment while it is in use.
    let doc = (await anna.post(planUrl())).body;
    const kunskaper = doc.plan.goalAreas.find((g: any) => g.key === 'kunskaper');
    doc = (
      await anna.post(
        `${planUrl()}/goal-areas/${kunskaper.id}/commitments`,
        { title: 'Fritid', boardGoalIds: [goalId] },
        { 'if-match': doc.etag },
      )
    ).body;
    const carrying = doc.plan.goalAreas.find((g: any) => g.key === 'kunskaper').commitments.find((c: any) => c.title === 'Fritid');
    expect(doc.boardGoals.find((g: any) => g.id === goalId)).toEqual({
      id: goalId,
      title: 'Alla barn och elever har en meningsfull fritid',
    });

    const retired = await admin.patch(`/api/admin/board-goals/${goalId}`, { retired: true });
    expect(retired.body).toMatchObject({ retired: true, commitments: 1 });

    doc = (await anna.get(planUrl())).body;
    expect(doc.boardGoals.find((g: any) => g.id === goalId)).toMatchObject({ retired: true });
    // Old commitment: keeps it, and may be reworded with it.
    const kept = await anna.patch(
      `${planUrl()}/commitments/${carrying.id}`,
      { title: 'Fritid för alla', boardGoalIds: [goalId] },
      { 'if-match': doc.etag },
    );
    expect(kept.status).toBe(200);
    doc = kept.body;
    // New commitment: refused, and nothing written.
    const refused = await anna.post(
      `${planUrl()}/goal-areas/${kunskaper.id}/commitments`,
      { title: 'Ny', boardGoalIds: [goalId] },
      { 'if-match': doc.etag },
    );
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({ status: 422, code: 'BOARD_GOAL_RETIRED' });
    expect(refused.body.error.message).toMatch(/avslutat/);
    expect((await anna.get(planUrl())).body.etag).toBe(doc.etag);
    // Another old commitment may not take it on either.
    const other = doc.plan.goalAreas.flatMap((g: any) => g.commitments).find((c: any) => c.id !== carrying.id);
    if (other) {
      const r = await anna.patch(
        `${planUrl()}/commitments/${other.id}`,
        { boardGoalIds: [...other.boardGoalIds, goalId] },
        { 'if-match': doc.etag },
      );
      expect(r.body.error.code).toBe('BOARD_GOAL_RETIRED');
    }

    const list = (await admin.get('/api/admin/board-goals')).body;
    expect(list.find((g: any) => g.id === goalId)).toMatchObject({ retired: true, commitments: 1 });
    expect(list.filter((g: any) => !g.retired).length).toBeGreaterThanOrEqual(4);

    // Taken back into use, it may be picked again.
    expect((await admin.patch(`/api/admin/board-goals/${goalId}`, { retired: false })).body.retired).toBe(false);
  });

  it('refuses bad input in Swedish and changes nothing', async () => {
    const before = (await admin.get('/api/admin/board-goals')).body;
    const cases: [string, () => Promise<any>, number, string][] = [
      ['empty title', () => admin.post('/api/admin/board-goals', { title: '   ' }), 400, 'VALIDATION_FAILED'],
      ['extra field', () => admin.post('/api/admin/board-goals', { title: 'X', id: 'bg-x' }), 400, 'VALIDATION_FAILED'],
      ['same title', () => admin.post('/api/admin/board-goals', { title: before[0].title.toUpperCase() }), 409, 'BOARD_GOAL_DUPLICATE'],
      ['nothing to change', () => admin.patch(`/api/admin/board-goals/${before[0].id}`, {}), 400, 'VALIDATION_FAILED'],
      ['unknown goal', () => admin.patch('/api/admin/board-goals/bg-finns-inte', { retired: true }), 404, 'NOT_FOUND'],
      ['not the admin', () => erik.post('/api/admin/board-goals', { title: 'Organisatörens mål' }), 403, 'FORBIDDEN'],
    ];
    for (const [name, call, status, code] of cases) {
      const r = await call();
      expect({ name, status: r.status, code: r.body.error.code, swedish: /[åäö]|[A-ZÅÄÖ][a-zåäö]+ /.test(r.body.error.message) }).toEqual({
        name,
        status,
        code,
        swedish: true,
      });
    }
    expect((await admin.get('/api/admin/board-goals')).body).toEqual(before);
  });
});

describe('a preset’s preview', () => {
  it('shows the year wheel, the documents and the surveys of a preset before switching', async () => {
    const r = await admin.get('/api/admin/presets/2020/preview');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      key: '2020',
      current: false,
      planLabel: 'Verksamhetsplan',
      documents: { unit: { label: 'Verksamhetsuppföljning' } },
    });
    expect(r.body.events.find((e: any) => e.key === 'follow-up-dialogues')).toMatchObject({
      when: '20 augusti–30 september',
      months: [8, 9],
    });
    expect(r.body.documents.unit.sections.some((s: any) => s.required)).toBe(true);
    expect(r.body.surveys.length).toBeGreaterThan(0);
    expect((await admin.get('/api/admin/presets/2024/preview')).body.current).toBe(true);
    expect((await admin.get('/api/admin/presets/1999/preview')).status).toBe(404);
  });
});

describe('a unit’s school forms', () => {
  it('the admin sets them; the first is the unit’s own', async () => {
    const list = (await admin.get('/api/admin/school-forms')).body;
    expect(list.find((u: any) => u.unitId === bjork)).toMatchObject({ name: 'Björkskolan' });
    const set = await admin.put(`/api/admin/school-forms/${bjork}`, { schoolForms: ['compulsoryF6', 'schoolAgeEducare'] });
    expect(set.body).toMatchObject({ schoolForm: 'compulsoryF6', schoolForms: ['compulsoryF6', 'schoolAgeEducare'] });
    expect((await anna.get(`/api/units/${bjork}`)).body.schoolForms).toEqual(['compulsoryF6', 'schoolAgeEducare']);

    const bad: [unknown, string][] = [
      [{ schoolForms: [] }, 'VALIDATION_FAILED'],
      [{ schoolForms: ['hogskola'] }, 'VALIDATION_FAILED'],
      [{ schoolForms: ['compulsoryF6', 'compulsoryF6'] }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of bad) expect((await admin.put(`/api/admin/school-forms/${bjork}`, body)).body.error.code).toBe(code);
    expect((await admin.put('/api/admin/school-forms/finns-inte', { schoolForms: ['preschool'] })).status).toBe(404);
    expect((await erik.put(`/api/admin/school-forms/${bjork}`, { schoolForms: ['preschool'] })).status).toBe(403);
    expect((await admin.get('/api/admin/school-forms')).body.find((u: any) => u.unitId === bjork).schoolForms).toEqual([
      'compulsoryF6',
      'schoolAgeEducare',
    ]);
  });
});
