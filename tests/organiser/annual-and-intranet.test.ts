import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
const ADMIN = 'Tomas Berg';
let maria: ReturnType<typeof client>;
const url = '/api/organiser/annual-follow-up/2025-26';

beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
  maria = await app.clientFor('Maria Sandberg');
});
afterAll(() => app.close());

describe('huvudmannens verksamhetsuppföljning', () => {
  it('is built from every unit: documents, TLD, key figures, analyses, needs', async () => {
    expect((await anna.post(url)).status).toBe(403);
    const started = await erik.post(url);
    expect(started.status).toBe(201);
    const doc = started.body;
    expect(doc.definition.label).toBe('Huvudmannens verksamhetsuppföljning');
    expect(doc.generated.unitDocuments.rows).toHaveLength(13);
    expect(doc.generated.unitDocuments.rows[0]).toEqual(['Björkskolan', 'Grundskola F–6', 'Fastställd', 'Inte påbörjad']);
    expect(doc.generated.tldResults.note).toMatch(/färre än 10 svar/);
    expect(doc.missing).toEqual([
      'Strukturkvalitet',
      'Processkvalitet',
      'Resultatkvalitet',
      'Barnrättsperspektiv',
      'Likvärdighet',
      'Prioriteringar inför nästa läsår',
    ]);
  });

  it('refuses writing a generated section, and refuses readiness until the analysis is written', async () => {
    let doc = (await erik.get(url)).body;
    const generated = await erik.patch(
      `${url}/sections`,
      { updates: [{ sectionKey: 'unitDocuments', value: 'x' }] },
      { 'if-match': doc.etag },
    );
    expect(generated.status).toBe(400);
    expect(generated.body.error.message).toMatch(/skrivs av appen/);
    const early = await erik.post(`${url}/status`, { transition: 'ready' }, { 'if-match': doc.etag });
    expect(early.body.error.code).toBe('REPORT_INCOMPLETE');
    doc = (
      await erik.patch(
        `${url}/sections`,
        {
          updates: [
            { sectionKey: 'analysisStructure', value: 'Behörigheten skiljer mellan enheterna.' },
            { sectionKey: 'analysisProcess', value: 'Kollegialt lärande har fått fäste på de flesta enheter.' },
            { sectionKey: 'analysisResult', value: 'Måluppfyllelsen ökar, mest där läsförståelsen prioriterats.' },
            { sectionKey: 'childRights', value: 'Elevernas svar i TLD har legat till grund för prioriteringarna.' },
            { sectionKey: 'equity', value: 'Tryggheten varierar mer mellan enheter än inom dem.' },
            { sectionKey: 'priorities', value: [{ text: 'Likvärdig tillgång till behöriga lärare' }, { text: 'Trygghet på raster' }] },
          ],
        },
        { 'if-match': doc.etag },
      )
    ).body;
    expect(doc.missing).toEqual([]);
    doc = (await erik.post(`${url}/status`, { transition: 'ready' }, { 'if-match': doc.etag })).body;
    const final = await erik.post(`${url}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(final.body.document.status).toBe('final');
  });

  it('keeps versions and comments, and exports to Word, like the unit documents', async () => {
    const versions = (await erik.get(`${url}/versions`)).body;
    expect(versions.map((v: any) => v.label).filter(Boolean)).toEqual(['Fastställd', 'Klar för dialog', 'Påbörjad']);
    expect(
      (await erik.post(`${url}/comments`, { anchor: 'section:equity', body: 'Lägg till en barnkonsekvensanalys om lokalerna.' })).status,
    ).toBe(201);
    const docx = await fetch(`${app.baseUrl}${url}/export.docx`, {
      headers: { authorization: `Bearer ${await app.tokenFor('Erik Lund')}` },
    });
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

describe('intranet pages', () => {
  it('publishes only what is final', async () => {
    const lark = await app.unitId('Lärkans förskola');
    const draft = await erik.post(`/api/units/${lark}/plans/2026-27/publish`);
    expect(draft.status).toBe(422);
    expect(draft.body.error.code).toBe('NOT_PUBLISHABLE');
    expect((await anna.post(`/api/units/${lark}/plans/2025-26/publish`)).status).toBe(403);
  });

  it('publishes the annual follow-up and a unit’s final plan, and the board reads them', async () => {
    const annual = await erik.post(`${url}/publish`);
    expect(annual.status).toBe(200);
    expect(annual.body.url).toBe(`${app.services.config.publicUrl}/intranet/huvudmannens-verksamhetsuppfoljning-2025-26`);
    const bjork = await app.unitId('Björkskolan');
    const plan = await erik.post(`/api/units/${bjork}/plans/2025-26/publish`);
    expect(plan.body.title).toBe('Åtagandeplan 2025/26 – Björkskolan');

    expect((await maria.get(url)).status).toBe(403); // the draft document is not the board's to read
    const listed = await maria.get('/api/intranet/pages');
    const pages = listed.body;
    expect(pages.map((p: any) => p.title).sort()).toEqual([
      'Huvudmannens verksamhetsuppföljning 2025/26',
      'Åtagandeplan 2025/26 – Björkskolan',
    ]);

    // Locally the pages ask for sign-in: the list gave the board member a cookie for them.
    const pageUrl = `${app.baseUrl}/intranet/huvudmannens-verksamhetsuppfoljning-2025-26`;
    expect((await fetch(pageUrl)).status).toBe(401);
    expect((await fetch(pageUrl, { headers: { cookie: 'ska_intranet=1.9999999999.forged' } })).status).toBe(401);
    const cookie = listed.headers.get('set-cookie')!.split(';')[0];
    expect(listed.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/);
    const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
    expect(html).toMatch(/Status: Fastställd · publicerad \d{1,2} [a-zåäö]+ \d{4}/);
    expect(html).toContain('Tryggheten varierar mer mellan enheter än inom dem.');
    expect(html).toContain('Likvärdig tillgång till behöriga lärare');
    expect(html).toContain('<th scope="col">Åtagandeplan</th>');
    expect((await fetch(`${app.baseUrl}/intranet/inte-publicerad`, { headers: { cookie } })).status).toBe(404);

    // The admin may make them public; only the admin.
    expect((await maria.put('/api/admin/intranet/visibility', { public: true })).status).toBe(403);
    const admin = await app.clientFor(ADMIN);
    expect((await admin.put('/api/admin/intranet/visibility', { public: true })).status).toBe(200);
    expect((await fetch(pageUrl)).status).toBe(200);
    expect((await admin.put('/api/admin/intranet/visibility', { public: false })).status).toBe(200);
    expect((await fetch(pageUrl)).status).toBe(401);
  });

  it('escapes what people wrote: no script reaches a published page', async () => {
    const lark = await app.unitId('Lärkans förskola');
    const p = `/api/units/${lark}/plans/2026-27`;
    let doc = (await anna.get(p)).body;
    const c = doc.plan.goalAreas[0].commitments[0];
    doc = (await anna.patch(`${p}/commitments/${c.id}`, { title: 'Språk <script>alert("x")</script>' }, { 'if-match': doc.etag })).body;
    doc = (await anna.post(`${p}/status`, { transition: 'ready' }, { 'if-match': doc.etag })).body;
    await erik.post(`${p}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    const page = (await erik.post(`${p}/publish`)).body;
    const html = await (
      await fetch(page.url.replace(app.services.config.publicUrl, app.baseUrl), {
        headers: { authorization: `Bearer ${await app.tokenFor('Erik Lund')}` },
      })
    ).text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Språk &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('the follow-up’s own place among the reports', () => {
  it('is not counted as a unit in the summaries', async () => {
    const doc = (await erik.get(url)).body;
    expect(doc.generated.unitAnalyses.rows.map((r: any[]) => r[0])).not.toContain('organiser');
    expect(doc.generated.unitDocuments.rows).toHaveLength(13);
  });
});
