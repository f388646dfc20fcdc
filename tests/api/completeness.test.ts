/**
 * Completeness over real HTTP: a status change the document is not complete for answers 422 with a
 * stable code and the missing list, and changes nothing; the document shows its progress per section.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let sofia: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let planUrl = '';
let reportUrl = '';

beforeAll(async () => {
  app = await startTestApp();
  sofia = await app.clientFor('Sofia Lind');
  erik = await app.clientFor('Erik Lund');
  const norrbacka = await app.unitId('Norrbackaskolan');
  planUrl = `/api/units/${norrbacka}/plans/2026-27`;
  reportUrl = `/api/units/${norrbacka}/reports/2026-27`;
});
afterAll(() => app.close());

describe('the plan’s completeness', () => {
  it('refuses "klar för dialog" with an empty goal area: 422 PLAN_INCOMPLETE, the list, and nothing changed', async () => {
    let doc = (await sofia.get(planUrl)).body;
    doc = (await sofia.post(`${planUrl}/goal-areas`, { key: 'normer-och-varden' }, { 'if-match': doc.etag })).body;
    expect(doc.completeness.sections.map((s: any) => [s.label, s.state])).toEqual([
      ['Kunskaper', 'klar'],
      ['Normer och värden', 'saknas'],
    ]);
    expect(doc.completeness.missing.ready).toEqual(['Normer och värden: minst ett åtagande']);
    const versionsBefore = (await sofia.get(`${planUrl}/versions`)).body.length;

    const refused = await sofia.post(`${planUrl}/status`, { transition: 'ready' }, { 'if-match': doc.etag });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('PLAN_INCOMPLETE');
    expect(refused.body.error.message).toMatch(/Normer och värden: minst ett åtagande/);
    expect(refused.body.error.details.missing).toEqual(['Normer och värden: minst ett åtagande']);

    const after = (await sofia.get(planUrl)).body;
    expect(after.etag).toBe(doc.etag);
    expect(after.plan.status).toBe('draft');
    expect((await sofia.get(`${planUrl}/versions`)).body.length).toBe(versionsBefore);
  });

  it('is ready once every goal area has a commitment, and final only when the organiser’s comments are answered', async () => {
    let doc = (await sofia.get(planUrl)).body;
    const area = doc.plan.goalAreas.find((g: any) => g.key === 'normer-och-varden');
    doc = (await sofia.post(`${planUrl}/goal-areas/${area.id}/commitments`, { title: 'Studiero i klassrummet' }, { 'if-match': doc.etag }))
      .body;
    expect(doc.completeness.missing.ready).toEqual([]);
    const ready = await sofia.post(`${planUrl}/status`, { transition: 'ready' }, { 'if-match': doc.etag });
    expect(ready.status).toBe(200);

    const question = (await erik.post(`${planUrl}/comments`, { anchor: 'goalArea:normer-och-varden', body: 'Hur mäter ni studieron?' }))
      .body;
    doc = (await erik.get(planUrl)).body;
    expect(doc.completeness.missing.finalise).toEqual(['Obesvarad kommentar: Normer och värden']);
    const early = await erik.post(`${planUrl}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'PLAN_INCOMPLETE', details: { missing: ['Obesvarad kommentar: Normer och värden'] } });
    expect((await erik.get(planUrl)).body.plan.status).toBe('readyForDialogue');

    await sofia.post(`${planUrl}/comments`, { anchor: 'ignored', body: 'Med elevenkäten och TLD.', parentId: question.id });
    doc = (await erik.get(planUrl)).body;
    const final = await erik.post(`${planUrl}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(final.status).toBe(200);
    expect(final.body.plan.status).toBe('final');
  });
});

describe('the report’s completeness and empty development needs', () => {
  it('does not keep a development need with no text, and shows the section as saknas', async () => {
    const started = (await sofia.post(reportUrl)).body;
    const written = await sofia.patch(
      `${reportUrl}/sections`,
      { updates: [{ sectionKey: 'developmentNeeds', value: [{ text: '' }, { text: '   ' }] }] },
      { 'if-match': started.etag },
    );
    expect(written.status).toBe(200);
    expect(written.body.report.content.developmentNeeds).toEqual([]);
    expect(written.body.completeness.sections.find((s: any) => s.key === 'developmentNeeds')).toMatchObject({
      state: 'saknas',
      required: true,
    });

    const mixed = await sofia.patch(
      `${reportUrl}/sections`,
      {
        updates: [
          { sectionKey: 'developmentNeeds', value: [{ text: 'Studiero i klassrummet', goalAreaKey: 'normer-och-varden' }, { text: '' }] },
        ],
      },
      { 'if-match': written.body.etag },
    );
    expect(mixed.body.report.content.developmentNeeds).toEqual([{ text: 'Studiero i klassrummet', goalAreaKey: 'normer-och-varden' }]);
    expect(mixed.body.completeness.sections.find((s: any) => s.key === 'developmentNeeds').state).toBe('klar');
    expect(mixed.body.completeness.missing.ready).toEqual(['Strukturkvalitet', 'Processkvalitet', 'Resultatkvalitet']);

    const refused = await sofia.post(`${reportUrl}/status`, { transition: 'ready' }, { 'if-match': mixed.body.etag });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'REPORT_INCOMPLETE',
      details: { missing: ['Strukturkvalitet', 'Processkvalitet', 'Resultatkvalitet'] },
    });
    expect((await sofia.get(reportUrl)).body.etag).toBe(mixed.body.etag);
  });
});
