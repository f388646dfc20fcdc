import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name));
const b64 = (b: Buffer) => b.toString('base64');

let app: TestApp;
let erik: ReturnType<typeof client>;
let anna: ReturnType<typeof client>;

beforeAll(async () => {
  app = await startTestApp({ KOLADA_MUNICIPALITY_ID: '9999' });
  erik = await app.clientFor('Erik Lund');
  anna = await app.clientFor('Anna Berg');
});
afterAll(() => app.close());

const wide = {
  format: 'wide',
  unit: 'Skolenhetskod',
  year: 'År',
  values: { N15421: 'Meritvärde åk 9 (N15421)', N15447: 'Behöriga lärare % (N15447)' },
  unitMatch: 'schoolUnitCode',
};

describe('statistics import from the municipality’s own tool', () => {
  it('previews a CSV with its columns, sample rows and a suggested mapping', async () => {
    const r = await erik.post('/api/statistics/import/preview', { fileName: 'bi.csv', contentBase64: b64(fixture('bi-export-ok.csv')) });
    expect(r.status).toBe(200);
    expect(r.body.columns).toEqual(['Skolenhetskod', 'År', 'Meritvärde åk 9 (N15421)', 'Behöriga lärare % (N15447)']);
    expect(r.body.rowCount).toBe(4);
    expect(r.body.sample[0]).toEqual({
      line: 2,
      cells: { Skolenhetskod: '81234570', År: '2023', 'Meritvärde åk 9 (N15421)': '221,5', 'Behöriga lärare % (N15447)': '68,0' },
    });
    expect(r.body.suggested).toMatchObject({
      unit: 'Skolenhetskod',
      year: 'År',
      values: { N15421: 'Meritvärde åk 9 (N15421)', N15447: 'Behöriga lärare % (N15447)' },
    });
    expect(
      (await anna.post('/api/statistics/import/preview', { fileName: 'bi.csv', contentBase64: b64(fixture('bi-export-ok.csv')) })).status,
    ).toBe(403);
  });

  it('refuses a file with errors whole, naming each bad line', async () => {
    const r = await erik.post('/api/statistics/import', {
      fileName: 'bi.csv',
      contentBase64: b64(fixture('bi-export-bad.csv')),
      mapping: wide,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('IMPORT_INVALID');
    expect(r.body.error.message).toMatch(/Inget importerades: 4 rader har fel/);
    expect(r.body.error.details.problems).toEqual([
      { line: 3, message: 'År "tjugofem" är inte ett årtal.' },
      { line: 4, message: 'Enheten "00000000" finns inte.' },
      { line: 5, message: 'Värdet "inte mätt" för N15421 är inte ett tal.' },
      { line: 6, message: 'Samma enhet, nyckeltal och år finns redan på rad 2.' },
      { line: 6, message: 'Samma enhet, nyckeltal och år finns redan på rad 2.' },
    ]);
    expect((await app.services.store.query('keyFigures')).items).toHaveLength(0);
  });

  it('imports a good file, with Swedish decimals and empty cells left out; a second import changes nothing', async () => {
    const r = await erik.post('/api/statistics/import', {
      fileName: 'bi.csv',
      contentBase64: b64(fixture('bi-export-ok.csv')),
      mapping: wide,
    });
    expect(r.body).toEqual({ created: 6, updated: 0, unchanged: 0 });
    const again = await erik.post('/api/statistics/import', {
      fileName: 'bi.csv',
      contentBase64: b64(fixture('bi-export-ok.csv')),
      mapping: wide,
    });
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 6 });
  });

  it('reads Excel (.xlsx) in the long format', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Nyckeltal');
    sheet.addRow(['Enhet', 'År', 'Nyckeltal', 'Värde']);
    sheet.addRow(['Sjöviksskolan', 2024, 'N15447', 72]); // was 71,5: an update
    sheet.addRow(['Björkskolan', 2024, 'N15447', 80]); // new
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = await erik.post('/api/statistics/import', {
      fileName: 'export.xlsx',
      contentBase64: b64(bytes),
      mapping: { format: 'long', unit: 'Enhet', year: 'År', kpi: 'Nyckeltal', value: 'Värde', unitMatch: 'name' },
    });
    expect(r.body).toEqual({ created: 1, updated: 1, unchanged: 0 });
  });

  it('says clearly when a file cannot be read', async () => {
    const r = await erik.post('/api/statistics/import/preview', { fileName: 'notes.docx', contentBase64: b64(Buffer.from('x')) });
    expect(r.body.error).toMatchObject({ code: 'IMPORT_UNREADABLE', message: 'Filen ska vara CSV eller Excel (.xlsx).' });
    const broken = await erik.post('/api/statistics/import/preview', { fileName: 'x.xlsx', contentBase64: b64(Buffer.from('not a zip')) });
    expect(broken.body.error.code).toBe('IMPORT_UNREADABLE');
  });
});

describe('Kolada', () => {
  it('imports a saved Kolada answer by the units’ Kolada ids, reporting units it does not know', async () => {
    const r = await erik.post('/api/statistics/kolada/import', { contentBase64: b64(fixture('kolada/oudata-sjovik.json')) });
    expect(r.status).toBe(200);
    expect(r.body.skippedUnits).toEqual(['V15E999999999']);
    expect(r.body.created + r.body.updated + r.body.unchanged).toBe(8);
    const cmp = await erik.post('/api/statistics/kolada/import', { contentBase64: b64(fixture('kolada/data-comparisons.json')) });
    expect(cmp.status).toBe(200);
  });

  it('shows a unit’s figures with a three-year trend and the comparisons, and says when there is no data', async () => {
    const sjovik = await app.unitId('Sjöviksskolan');
    const figures = (await erik.get(`/api/units/${sjovik}/key-figures`)).body;
    const passing = figures.find((f: any) => f.kpi.id === 'N15419');
    expect(passing).toMatchObject({
      hasData: true,
      direction: 'better',
      latest: { year: 2025, value: 78.3 },
      municipality: 75.1,
      national: 73.9,
    });
    expect(passing.values.map((v: any) => v.year)).toEqual([2023, 2024, 2025]);
    const bjork = await app.unitId('Björkskolan');
    const safety = (await anna.get(`/api/units/${bjork}/key-figures`)).body.find((f: any) => f.kpi.id === 'N15613');
    expect(safety).toMatchObject({ hasData: true, direction: 'worse' });
    const ratio = (await anna.get(`/api/units/${bjork}/key-figures`)).body.find((f: any) => f.kpi.id === 'N15438');
    expect(ratio).toMatchObject({ hasData: false, latest: null });
  });

  it('refuses something that is not a Kolada answer', async () => {
    const r = await erik.post('/api/statistics/kolada/import', { contentBase64: b64(Buffer.from('{"hello": 1}')) });
    expect(r.body.error.code).toBe('IMPORT_UNREADABLE');
  });
});

describe('the organiser’s overview', () => {
  it('shows every unit side by side in one answer', async () => {
    const r = await erik.get('/api/overview/2026-27');
    expect(r.status).toBe(200);
    expect(r.body.units).toHaveLength(13);
    const lark = r.body.units.find((u: any) => u.unit.name === 'Lärkans förskola');
    expect(lark.plan).toMatchObject({
      status: 'draft',
      goalAreas: ['omsorg-utveckling-och-larande'],
      commitments: 1,
      byStatus: { onTrack: 1, atRisk: 0, offTrack: 0, none: 0 },
    });
    expect(lark.daysSinceFollowUp).toBe(34);
    expect(r.body.units.find((u: any) => u.unit.name === 'Björkskolan').plan).toBeNull();
    expect(r.body.goalAreas.find((g: any) => g.key === 'kunskaper').units).toBeGreaterThan(0);
    expect(r.body.boardGoals.length).toBeGreaterThan(0);
    const sjovik = r.body.units.find((u: any) => u.unit.name === 'Sjöviksskolan');
    expect(sjovik.keyFigures.find((k: any) => k.kpiId === 'N15419')).toMatchObject({ hasData: true, direction: 'better' });
    expect((await anna.get('/api/overview/2026-27')).status).toBe(403);
  });
});
