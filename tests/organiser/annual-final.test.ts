/**
 * Only final content is published, and final stays final: the annual follow-up sums up final
 * unit reports only and names the units it lacks; when it is finalised its generated tables are
 * frozen into it and kept in its versions, and (re)publishing shows the frozen tables.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;
let reportUrl: string;
const url = '/api/organiser/annual-follow-up/2025-26';
const NEED = 'Fler vuxna på rasterna';
const ANALYSIS = 'Strukturen bär: behöriga lärare i alla ämnen.';

beforeAll(async () => {
  app = await startTestApp();
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
  reportUrl = `/api/units/${await app.unitId('Björkskolan')}/reports/2025-26`;
});
afterAll(() => app.close());

const needs = (doc: any) => doc.generated.unitNeeds.rows.map((r: any[]) => r[1]);
const analysed = (doc: any) => doc.generated.unitAnalyses.rows.map((r: any[]) => r[0]);

/** Reads a published page as a signed-in reader would: the page list hands out the cookie for the pages. */
async function pageText(slugUrl: string) {
  const cookie = (await erik.get('/api/intranet/pages')).headers.get('set-cookie')!.split(';')[0];
  return (await fetch(slugUrl.replace(app.services.config.publicUrl, app.baseUrl), { headers: { cookie } })).text();
}

describe('the annual follow-up draws on final unit reports only', () => {
  it('leaves out a draft and a report ready for dialogue, and says which units it lacks', async () => {
    const started = (await anna.post(reportUrl)).body;
    const written = await anna.patch(
      `${reportUrl}/sections`,
      {
        updates: [
          { sectionKey: 'analysisStructure', value: ANALYSIS },
          { sectionKey: 'analysisProcess', value: 'Kollegialt lärande varje vecka.' },
          { sectionKey: 'analysisResult', value: 'Läsförståelsen har ökat i åk 4.' },
          { sectionKey: 'developmentNeeds', value: [{ text: NEED }] },
        ],
      },
      { 'if-match': started.etag },
    );
    expect(written.body.missing).toEqual([]);
    let annual = (await erik.post(url)).body;
    expect(needs(annual)).not.toContain(NEED);
    expect(analysed(annual)).not.toContain('Björkskolan');
    expect(annual.generated.unitNeeds.note).toMatch(/ingen fastställd läsårsrapport\): .*Björkskolan/);
    expect(annual.generated.unitAnalyses.note).toMatch(/Saknas för 13 av 13 enheter/);

    const ready = await anna.post(`${reportUrl}/status`, { transition: 'ready' }, { 'if-match': written.body.etag });
    expect(ready.status).toBe(200);
    annual = (await erik.get(url)).body;
    expect(needs(annual)).not.toContain(NEED);
    expect(analysed(annual)).not.toContain('Björkskolan');

    const final = await erik.post(`${reportUrl}/status`, { transition: 'finalise' }, { 'if-match': ready.body.etag });
    expect(final.status).toBe(200);
    annual = (await erik.get(url)).body;
    expect(needs(annual)).toContain(NEED);
    expect(analysed(annual)).toEqual(['Björkskolan']);
    expect(annual.generated.unitNeeds.note).toMatch(/Saknas för 12 av 13 enheter/);
    expect(annual.generated.unitNeeds.note).not.toMatch(/Björkskolan/);
  });
});

describe('a final annual follow-up stays final', () => {
  let frozen: any;

  it('freezes its generated tables when finalised: a unit report reopened afterwards changes nothing in it', async () => {
    let doc = (await erik.get(url)).body;
    doc = (
      await erik.patch(
        `${url}/sections`,
        {
          updates: [
            { sectionKey: 'analysisStructure', value: 'Behörigheten skiljer mellan enheterna.' },
            { sectionKey: 'analysisProcess', value: 'Kollegialt lärande har fått fäste.' },
            { sectionKey: 'analysisResult', value: 'Måluppfyllelsen ökar.' },
            { sectionKey: 'childRights', value: 'Elevernas svar låg till grund.' },
            { sectionKey: 'equity', value: 'Tryggheten varierar mellan enheter.' },
            { sectionKey: 'priorities', value: [{ text: 'Trygghet på raster' }] },
          ],
        },
        { 'if-match': doc.etag },
      )
    ).body;
    doc = (await erik.post(`${url}/status`, { transition: 'ready' }, { 'if-match': doc.etag })).body;
    const finalised = await erik.post(`${url}/status`, { transition: 'finalise' }, { 'if-match': doc.etag });
    expect(finalised.status).toBe(200);
    frozen = finalised.body.generated;
    expect(needs(finalised.body)).toContain(NEED);

    // The unit's report goes back to the principal: the live summary would drop it.
    const report = (await erik.get(reportUrl)).body;
    expect(
      (await erik.post(`${reportUrl}/status`, { transition: 'reopen', comment: 'Komplettera analysen.' }, { 'if-match': report.etag }))
        .status,
    ).toBe(200);

    const after = (await erik.get(url)).body;
    expect(after.document.status).toBe('final');
    expect(after.generated).toEqual(frozen);
    expect(needs(after)).toContain(NEED);
  });

  it('keeps the frozen tables in the version it was finalised as', async () => {
    const versions = (await erik.get(`${url}/versions`)).body;
    const finalVersion = versions.find((v: any) => v.label === 'Fastställd');
    const snapshot = (await erik.get(`${url}/versions/${finalVersion.id}`)).body;
    expect(snapshot.document.generated).toEqual(frozen);
  });

  it('publishes the frozen tables, and a republish shows them again', async () => {
    const first = await erik.post(`${url}/publish`);
    expect(first.status).toBe(200);
    expect(await pageText(first.body.url)).toContain(NEED);
    const again = await erik.post(`${url}/publish`);
    expect(again.status).toBe(200);
    const html = await pageText(again.body.url);
    expect(html).toContain(NEED);
    // The unit's analysis as it was when the follow-up was finalised, though its report is a draft again.
    expect(html).toContain(ANALYSIS);
  });

  it('shows live tables again once it is reopened, without the reopened unit report', async () => {
    const doc = (await erik.get(url)).body;
    const reopened = await erik.post(`${url}/status`, { transition: 'reopen', comment: 'Nya siffror.' }, { 'if-match': doc.etag });
    expect(reopened.status).toBe(200);
    expect(needs(reopened.body)).not.toContain(NEED);
  });
});
