/** The Läsårsrapport pulls in the unit's TLD results and key figures: preview, fill, refresh, access. */
import { client } from '../support/http';
import { seedReportBasis } from '../support/report-basis-data';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let anna: ReturnType<typeof client>;
let erik: ReturnType<typeof client>;
let url: string;

beforeAll(async () => {
  app = await startTestApp({ SKA_SURVEY_PACK_HOLD_MS: '0' });
  anna = await app.clientFor('Anna Berg');
  erik = await app.clientFor('Erik Lund');
  const { bjork } = await seedReportBasis(app);
  url = `/api/units/${bjork}/reports/2025-26`;
}, 60_000);
afterAll(() => app.close());

describe('the report basis', () => {
  it('needs a started report, and only the unit’s principal may ask', async () => {
    expect((await anna.get(`${url}/basis`)).body.error.code).toBe('REPORT_NOT_STARTED');
    await anna.post(url);
    expect((await erik.get(`${url}/basis`)).status).toBe(403);
    expect((await client(app.baseUrl, await app.tokenFor('Maria Sandberg')).get(`${url}/basis`)).status).toBe(403);
  });

  it('previews the TLD and statistics sections in Swedish, with hidden rounds hidden', async () => {
    const r = await anna.get(`${url}/basis`);
    expect(r.status).toBe(200);
    const [tld, stats] = r.body.sections;
    expect([tld.sectionKey, tld.source, stats.sectionKey, stats.source]).toEqual(['tldResults', 'tldResults', 'statistics', 'keyFigures']);
    expect(tld.filled).toBe(false);
    expect(tld.text).toMatch(/TLD oktober 2025, 1 oktober 2025–31 oktober 2025 \(avslutad\)/);
    expect(tld.text).toMatch(/svarsfrekvens \d+(,\d)? %/);
    expect(tld.text).toMatch(/Lärande: \d+,\d \(Grundskola F–6 i kommunen: \d+,\d\)/);
    expect(tld.text).toContain('Resultat: För få svar för att visa (under 10).');
    expect(tld.text).not.toMatch(/\d\.\d/); // no decimal points anywhere
    const spring = tld.tables[0].rows[1];
    expect(spring.slice(3)).toEqual(Array(3).fill('För få svar för att visa (under 10)'));
    expect(stats.text).toMatch(/Lärare med lärarlegitimation och behörighet \(%\), 2025: \d+ % \(riket \d+ %\)/);
    expect(stats.text).toMatch(/Elever per lärare \(heltidstjänst\), 2025: \d+,\d/);
    expect(stats.tables[0].columns).toEqual(['Nyckeltal', 'År', 'Enheten', 'Kommunen', 'Riket']);
  });

  it('fills both sections in one write with If-Match, and a refresh keeps the principal’s own text', async () => {
    let doc = (await anna.get(url)).body;
    expect((await anna.post(`${url}/basis`, {})).status).toBe(428);
    const stale = await anna.post(`${url}/basis`, {}, { 'if-match': '"stale"' });
    expect(stale.status).toBe(409);
    expect(stale.body.current.etag).toBe(doc.etag);

    const filled = await anna.post(`${url}/basis`, {}, { 'if-match': doc.etag });
    expect(filled.status).toBe(200);
    expect(filled.headers.get('etag')).toBe(filled.body.etag);
    const tldText: string = filled.body.report.content.tldResults;
    expect(tldText.split('\n')[0]).toBe('▸ Hämtat underlag 23 november 2026 (ersätts när du uppdaterar)');
    expect(filled.body.report.content.statistics).toMatch(/Elever per lärare/);
    const versions = (await anna.get(`${url}/versions`)).body;

    // The principal writes under the generated part; a refresh replaces only the part.
    doc = (
      await anna.patch(
        `${url}/sections`,
        {
          updates: [{ sectionKey: 'tldResults', value: `${tldText.replace('Trygghet', 'TRYGG')}\n\nTryggheten ökade efter rastvärdarna.` }],
        },
        { 'if-match': filled.body.etag },
      )
    ).body;
    expect((await anna.get(`${url}/basis`)).body.sections[0].filled).toBe(true);
    const again = await anna.post(`${url}/basis`, {}, { 'if-match': doc.etag });
    expect(again.body.report.content.tldResults).toBe(`${tldText}\n\nTryggheten ökade efter rastvärdarna.`);
    expect((await anna.get(`${url}/versions`)).body.length).toBeGreaterThan(versions.length);
  });
});
