/**
 * The demo year pre-fills the basis of every started report (as a principal clicking "Hämta från TLD
 * och nyckeltal"), and readers never see the editor's marker lines: Word, PDF and the intranet page
 * keep the fetched figures and the principal's own words, without "▸ Hämtat underlag".
 */
import { unzipSync, strFromU8 } from 'fflate';
import { BASIS_START } from '../../src/domain/report-basis';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { pdfText } from '../support/pdf-text';

let app: TestApp;
let anna: ReturnType<typeof client>;
let url = '';
let basis: { key: string; text: string }[] = [];

beforeAll(async () => {
  app = await startTestApp({ SKA_SEED_DEMO: 'year' });
  anna = await app.clientFor('Anna Berg');
  url = `/api/units/${await app.unitId('Björkskolan')}/reports/2025-26`;
  const doc = (await anna.get(url)).body;
  basis = doc.definition.sections
    .filter((s: any) => s.basis)
    .map((s: any) => ({ key: s.key, text: String(doc.report.content[s.key] ?? '') }));
}, 120_000);
afterAll(() => app.close());

const MARKERS = /▸ Hämtat underlag|Slut på hämtat underlag/;
const download = async (path: string) => {
  const res = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${await app.tokenFor('Anna Berg')}` } });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
/** A line the fetch wrote between the markers, as the reader should still get it. */
const fetchedLine = () => {
  const lines = basis.find((b) => b.text.includes('TLD'))!.text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(BASIS_START));
  return lines.slice(start + 1).find((l) => /\d,\d/.test(l))!;
};

describe('the demo’s started reports', () => {
  it('have their basis sections filled from TLD and key figures, with decimal commas', () => {
    expect(basis.length).toBeGreaterThan(0);
    for (const b of basis) expect(b.text).toContain(BASIS_START);
    const tld = basis.find((b) => b.text.includes('TLD'));
    expect(tld?.text).toMatch(/\d,\d/);
    expect(fetchedLine()).toBeTruthy();
  });
});

describe('what a reader gets', () => {
  it('Word: the fetched figures, no marker lines', async () => {
    const xml = strFromU8(unzipSync(await download(`${url}/export.docx`))['word/document.xml']);
    const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(MARKERS);
    expect(text).toContain(fetchedLine().trim());
    // The principal's own words around the basis stay.
    expect(text).toContain('Björkskolan');
  });

  it('PDF: the same', async () => {
    const text = await pdfText(await download(`${url}/export.pdf`));
    expect(text).not.toMatch(MARKERS);
    expect(text.replace(/\s+/g, ' ')).toContain(fetchedLine().trim().replace(/\s+/g, ' ').slice(0, 40));
  });

  it('the published intranet page: the same', async () => {
    const pages = (await anna.get('/api/intranet/pages')).body as any[];
    const page = pages.find((p) => p.kind === 'report' && p.unitName === 'Björkskolan' && p.schoolYear === '2025/26');
    expect(page).toBeDefined();
    const res = await fetch(page.url, { headers: { authorization: `Bearer ${await app.tokenFor('Anna Berg')}` } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(MARKERS);
    expect(html).toMatch(/\d,\d/);
  });
});
