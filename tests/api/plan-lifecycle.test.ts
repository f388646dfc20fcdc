import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let lisa: ReturnType<typeof client>;
let bjork: string;

beforeAll(async () => {
  app = await startTestApp();
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  lisa = await app.clientFor('Lisa Ström');
  bjork = await app.unitId('Björkskolan');
});
afterAll(() => app.close());

describe('starting a new year from last year', () => {
  it('offers last year’s commitments, suggesting the unfinished ones, and the report’s development needs', async () => {
    // Last year's report with development needs.
    const reportUrl = `/api/units/${bjork}/reports/2025-26`;
    const report = (await anna.post(reportUrl)).body;
    await anna.patch(
      `${reportUrl}/sections`,
      {
        updates: [
          {
            sectionKey: 'developmentNeeds',
            value: [{ text: 'Studiero i klassrummet', goalAreaKey: 'normer-och-varden' }, { text: 'Digital kompetens' }],
          },
        ],
      },
      { 'if-match': report.etag },
    );

    const c = (await anna.get(`/api/units/${bjork}/plans/2026-27/carry-over`)).body;
    expect(c.previousYear).toBe('2025/26');
    expect(c.commitments.map((x: any) => [x.title, x.latestStatus, x.suggested])).toEqual([
      ['Läsförståelse i alla ämnen', 'atRisk', true],
      ['Trygghet på raster', 'onTrack', true], // activities still lack an outcome
    ]);
    expect(c.developmentNeeds.map((n: any) => [n.text, n.goalAreaLabel])).toEqual([
      ['Studiero i klassrummet', 'Normer och värden'],
      ['Digital kompetens', ''],
    ]);
    expect((await erik.get(`/api/units/${bjork}/plans/2026-27/carry-over`)).status).toBe(403);
  });

  it('starts the plan with what was chosen: Kunskaper always, the carried commitments and needs in their goal areas', async () => {
    const c = (await anna.get(`/api/units/${bjork}/plans/2026-27/carry-over`)).body;
    const started = await anna.post(`/api/units/${bjork}/plans/2026-27`, {
      carryOver: { commitmentIds: [c.commitments[0].id], developmentNeedIndexes: [0, 1] },
    });
    expect(started.status).toBe(201);
    const areas = started.body.plan.goalAreas.map((g: any) => [g.label, g.required, g.commitments.map((x: any) => x.title)]);
    expect(areas).toEqual([
      ['Kunskaper', true, ['Läsförståelse i alla ämnen', 'Digital kompetens']],
      ['Normer och värden', false, ['Studiero i klassrummet']],
    ]);
    const carried = started.body.plan.goalAreas[0].commitments[0];
    expect(carried.intendedEffects).toMatch(/läsförståelse/);
    expect(carried.activities.map((a: any) => a.title)).toEqual([
      'Kollegialt lärande om lässtrategier',
      'Screening av läsförståelse i oktober och april',
    ]);
    expect(carried.followUps).toEqual([]);
  });

  it('refuses a carry-over that would exceed the goal-area maximum, writing nothing', async () => {
    const lark = await app.unitId('Åsens skola');
    const mats = await app.clientFor('Mats Nilsson');
    const reportUrl = `/api/units/${lark}/reports/2025-26`;
    const report = (await mats.post(reportUrl)).body;
    await mats.patch(
      `${reportUrl}/sections`,
      {
        updates: [
          {
            sectionKey: 'developmentNeeds',
            value: ['skola-och-hem', 'rektorns-ansvar', 'bedomning-och-betyg'].map((k) => ({ text: `Behov ${k}`, goalAreaKey: k })),
          },
        ],
      },
      { 'if-match': report.etag },
    );
    const r = await mats.post(`/api/units/${lark}/plans/2026-27`, { carryOver: { commitmentIds: [], developmentNeedIndexes: [0, 1, 2] } });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('PLAN_MAX_GOAL_AREAS');
    expect((await mats.get(`/api/units/${lark}/plans/2026-27`)).body.error.code).toBe('PLAN_NOT_STARTED');
  });
});

describe('the plan’s status, comments and follow-ups through the year', () => {
  const url = () => `/api/units/${bjork}/plans/2026-27`;

  it('goes draft → ready (principal) → returned with a comment → ready → final (organiser)', async () => {
    let doc = (await anna.get(url())).body;
    expect(doc.transitions).toEqual(['ready']);
    doc = (await anna.post(`${url()}/status`, { transition: 'ready' }, { 'if-match': doc.etag })).body;
    expect(doc.plan.status).toBe('readyForDialogue');
    expect(doc.canEdit).toBe(true); // still adjustable at the dialogue

    const e = (await erik.get(url())).body;
    const returned = await erik.post(
      `${url()}/status`,
      { transition: 'reopen', comment: 'Konkretisera de tänkta effekterna för Digital kompetens.' },
      { 'if-match': e.etag },
    );
    expect(returned.body.plan.status).toBe('draft');
    // An organiser comment left unanswered would hold the finalising back: the principal answers it.
    const reason = (await anna.get(`${url()}/comments`)).body.find((c: any) => c.anchor === 'document');
    await anna.post(`${url()}/comments`, { anchor: 'document', body: 'Effekterna är konkretiserade.', parentId: reason.id });

    doc = (await anna.post(`${url()}/status`, { transition: 'ready' }, { 'if-match': returned.body.etag })).body;
    const final = await erik.post(`${url()}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(final.status).toBe(200);
    expect(final.body.plan.status).toBe('final');
    expect((await anna.get(url())).body).toMatchObject({ canEdit: false, canFollowUp: true });
  });

  it('keeps follow-ups and outcomes writable in a final plan, but not its structure', async () => {
    const doc = (await anna.get(url())).body;
    const c = doc.plan.goalAreas[0].commitments[0];
    const followUp = await anna.post(
      `${url()}/commitments/${c.id}/follow-ups`,
      { status: 'onTrack', note: 'Screeningen i oktober är klar.' },
      { 'if-match': doc.etag },
    );
    expect(followUp.status).toBe(200);
    const outcome = await anna.patch(
      `${url()}/activities/${c.activities[0].id}`,
      { outcome: 'Alla lärare har deltagit.' },
      { 'if-match': followUp.body.etag },
    );
    expect(outcome.status).toBe(200);
    const structure = await anna.patch(`${url()}/commitments/${c.id}`, { title: 'Nytt namn' }, { 'if-match': outcome.body.etag });
    expect(structure.status).toBe(422);
    expect(structure.body.error.code).toBe('PLAN_NOT_EDITABLE');
  });

  it('takes organiser comments on a section and the principal’s answers; staff only read them', async () => {
    const doc = (await erik.get(url())).body;
    const anchor = `commitment:${doc.plan.goalAreas[0].commitments[0].id}`;
    const c = await erik.post(`${url()}/comments`, { anchor, body: 'Hur följer ni upp effekten för eleverna?' });
    expect(c.status).toBe(201);
    const reply = await anna.post(`${url()}/comments`, { anchor: 'ignored', body: 'Med screeningen i april.', parentId: c.body.id });
    expect(reply.body).toMatchObject({ anchor, parentId: c.body.id, authorRole: 'principal' });
    expect((await lisa.post(`${url()}/comments`, { anchor, body: 'Jag med' })).status).toBe(403);
    const seen = (await lisa.get(`${url()}/comments`)).body;
    expect(seen.filter((x: any) => x.anchor === anchor).map((x: any) => x.authorName)).toEqual(['Erik Lund', 'Anna Berg']);
    expect((await erik.patch(`${url()}/comments/${c.body.id}`, { resolved: true })).status).toBe(204);
    expect((await anna.get(`${url()}/comments`)).body.find((x: any) => x.id === c.body.id).resolved).toBe(true);
  });

  it('links commitments to board goals and success factors, and refuses unknown board goals', async () => {
    const lark = await app.unitId('Lärkans förskola');
    const u = `/api/units/${lark}/plans/2026-27`;
    const doc = (await anna.get(u)).body;
    expect(doc.boardGoals.length).toBeGreaterThan(0);
    expect(doc.successFactorCatalogue).toHaveLength(7);
    const c = doc.plan.goalAreas[0].commitments[0];
    const linked = await anna.patch(
      `${u}/commitments/${c.id}`,
      { boardGoalIds: [doc.boardGoals[0].id], successFactors: ['trust', 'professionalDevelopment'] },
      { 'if-match': doc.etag },
    );
    expect(linked.body.plan.goalAreas[0].commitments[0]).toMatchObject({
      boardGoalIds: [doc.boardGoals[0].id],
      successFactors: ['trust', 'professionalDevelopment'],
    });
    const bad = await anna.patch(`${u}/commitments/${c.id}`, { boardGoalIds: ['bg-nope'] }, { 'if-match': linked.body.etag });
    expect(bad.status).toBe(400);
    const badFactor = await anna.patch(`${u}/commitments/${c.id}`, { successFactors: ['luck'] }, { 'if-match': linked.body.etag });
    expect(badFactor.status).toBe(400);
  });

  it('exports the plan to Word', async () => {
    const res = await fetch(`${app.baseUrl}${url()}/export.docx`, {
      headers: { authorization: `Bearer ${await app.tokenFor('Lisa Ström')}` },
    });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip
  });
});
