/**
 * Erik at the organiser level, in a real browser against the real server: imports key figures
 * (a bad file is refused line by line, a good one goes in), reads every unit in the overview,
 * writes huvudmannens verksamhetsuppföljning 2025/26, finalises and publishes it; then Maria on
 * the board finds it on the intranet and reads it, and sees nothing in draft.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { axeScan, eventually, openView, shot as shotOf, signInAs, visible, withTheme, writeTempFile } from './helpers';

jest.setTimeout(180_000);

let app: TestApp;
let page: Page;
let slug = '';

const shot = (name: string, fullPage = true) => shotOf(page, name, fullPage);
const saved = () => visible(page.getByTestId('save-indicator').getByText(/^Sparat \d\d:\d\d$/));

const BAD_CSV = [
  'Skolenhetskod;År;Meritvärde åk 9 (N15421);Behöriga lärare % (N15447)',
  '81234570;2024;224,9;71,5',
  '81234570;tjugofem;230,1;70',
  '00000000;2025;210;60',
].join('\n');
const GOOD_CSV = [
  'Skolenhetskod;År;Meritvärde åk 9 (N15421);Behöriga lärare % (N15447)',
  '81234570;2023;221,5;68,0',
  '81234570;2024;224,9;71,5',
  '81234570;2025;230,1;',
  '81234561;2025;;82,3',
].join('\n');

const ANALYSIS = {
  Strukturkvalitet: 'Behörigheten skiljer mellan enheterna; rekryteringen till förskolorna i norr tar längst tid.',
  Processkvalitet: 'Kollegialt lärande har fått fäste på de flesta enheter, men tiden för det varierar.',
  Resultatkvalitet: 'Meritvärdet i åk 9 på Sjöviksskolan har ökat tre år i rad, mest där läsförståelsen prioriterats.',
  Barnrättsperspektiv: 'Elevernas svar i TLD har legat till grund för prioriteringarna.',
  Likvärdighet: 'Tryggheten varierar mer mellan enheter än inom dem.',
};

useBrowserBed((bed) => ({ app, page } = bed));

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `org-last-${name}`).catch(() => undefined);
});

test('Erik imports key figures: a bad file is refused with its lines in a table, a good one goes in', async () => {
  await page.goto(`${app.baseUrl}/?view=statistics`);
  await signInAs(page, 'Erik Lund');
  await visible(page.getByRole('heading', { level: 1, name: 'Statistik' }));

  const input = page.locator('input[type="file"][accept^=".csv"]');
  await input.setInputFiles(writeTempFile('bi-export-fel.csv', BAD_CSV));
  const preview = page.getByTestId('import-preview');
  await visible(preview);
  expect(await preview.locator('tbody tr').count()).toBe(3);
  // The mapping is pre-filled from the server's suggestion.
  await visible(page.getByRole('combobox', { name: 'Kolumn med enheten' }));
  expect(await page.getByRole('combobox', { name: 'Kolumn med enheten' }).inputValue()).toBe('Skolenhetskod');
  expect(await page.getByRole('combobox', { name: /Genomsnittligt meritvärde åk 9/ }).inputValue()).toBe('Meritvärde åk 9 (N15421)');
  await page.getByRole('button', { name: 'Importera', exact: true }).click();

  const problems = page.getByTestId('import-problem-table');
  await visible(problems);
  await visible(page.getByTestId('import-problems').getByText(/Inget importerades/));
  const rows = await problems.locator('tbody tr').allInnerTexts();
  expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
    '3 År "tjugofem" är inte ett årtal.',
    '4 Enheten "00000000" finns inte.',
  ]);
  await shot('org-01-import-errors');

  await input.setInputFiles(writeTempFile('bi-export.csv', GOOD_CSV));
  await visible(page.getByTestId('import-preview'));
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await visible(page.getByTestId('import-done').getByText(/6 nya, 0 ändrade och 0 oförändrade värden/));

  // A unit's figures: three years with the trend; a figure without data says so.
  await page.getByTestId('key-figure-unit').selectOption({ label: 'Sjöviksskolan' });
  const merit = page.getByRole('article', { name: 'Genomsnittligt meritvärde åk 9' });
  await visible(merit.getByText('230,1'));
  await visible(merit.getByText(/bättre än året innan/));
  await visible(page.getByRole('article', { name: 'Elever per lärare (heltidstjänst)' }).getByText('Inga uppgifter för enheten'));
  await shot('org-02-key-figures');
});

test('the overview shows all 13 units with their documents, follow-up and the key figure; a unit opens its documents', async () => {
  await openView(page, 'Översikt');
  const table = page.getByTestId('overview-units');
  await visible(table);
  await eventually(async () => (await page.getByTestId('overview-unit').count()) === 13, '13 units in the overview');
  const sjovik = page.getByTestId('overview-unit').filter({ has: page.getByRole('link', { name: 'Sjöviksskolan' }) });
  await visible(sjovik.getByTestId('document-status').first());
  expect(await sjovik.getByTestId('document-status').first().innerText()).toMatch(/Utkast|Klar för dialog|Fastställd|Inte påbörjad/);
  await visible(sjovik.getByText('230,1'));
  await visible(table.getByRole('columnheader', { name: 'Närvaro' }));
  expect(await sjovik.getByTestId('overview-attendance').innerText()).toMatch(/^(–|\d+ av \d+ dialoger?)$/);
  await visible(page.getByTestId('board-goals'));
  await visible(page.getByTestId('goal-area-matrix'));
  expect(await axeScan(page)).toEqual([]);
  await shot('org-03-overview');

  // Filter and sort.
  await page.getByTestId('overview-form-filter').selectOption({ label: 'Förskola' });
  await eventually(async () => (await page.getByTestId('overview-unit').count()) === 5, 'five preschools');
  await page.getByRole('button', { name: /^Enhet/ }).click();
  const names = await page.getByTestId('overview-unit').locator('th a').allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  await page.getByTestId('overview-form-filter').selectOption({ label: 'Alla skolformer' });

  await withTheme(page, 'dark');
  await visible(page.getByTestId('overview-units'));
  await eventually(async () => (await page.getByTestId('overview-unit').count()) === 13, 'dark overview');
  await shot('org-04-overview-dark');
  await withTheme(page, 'default');

  await visible(page.getByRole('link', { name: 'Björkskolan' }).first());
  await page.getByTestId('overview-units').getByRole('link', { name: 'Björkskolan' }).click();
  await visible(page.getByRole('heading', { level: 1, name: /Björkskolan/ }));
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
});

test('Erik writes the annual follow-up 2025/26 from the units’ material, readies, finalises and publishes it', async () => {
  await openView(page, 'Verksamhetsuppföljning');
  await visible(page.getByRole('heading', { level: 1, name: 'Huvudmannens verksamhetsuppföljning 2025/26' }));
  await page.getByRole('button', { name: 'Påbörja verksamhetsuppföljningen' }).click();
  await visible(page.getByTestId('document-status').getByText('Utkast'));
  // The bar's comment button says what is commented (no header beside it does).
  const bar = page.getByTestId('document-bar');
  await visible(bar.getByRole('button', { name: 'Kommentera hela verksamhetsuppföljningen', exact: true }));
  expect(await bar.getByRole('button', { name: 'Kommentera', exact: true }).count()).toBe(0);

  // Generated sections are tables, not fields.
  const documents = page.getByRole('region', { name: 'Enheternas dokument', exact: true });
  await visible(documents.getByRole('table'));
  expect(await documents.getByRole('textbox').count()).toBe(0);
  expect(await documents.locator('tbody tr').count()).toBe(13);

  // Not ready while the analysis is empty: the button says what is missing.
  await visible(page.getByTestId('missing-list'));
  for (const [label, text] of Object.entries(ANALYSIS)) {
    await page.getByRole('region', { name: label, exact: true }).getByRole('textbox').fill(text);
  }
  const priorities = page.getByRole('region', { name: 'Prioriteringar inför nästa läsår', exact: true });
  await priorities.getByRole('button', { name: 'Lägg till prioritering' }).click();
  await priorities.getByRole('textbox', { name: 'Prioritering 1' }).fill('Likvärdig tillgång till behöriga lärare');
  await priorities.getByRole('button', { name: 'Lägg till prioritering' }).click();
  await priorities.getByRole('textbox', { name: 'Prioritering 2' }).fill('Trygghet på raster');
  await page.getByRole('heading', { level: 1 }).click(); // leaves the field: saved now
  await saved();
  await eventually(async () => (await page.getByTestId('missing-list').count()) === 0, 'nothing missing');
  expect(await axeScan(page)).toEqual([]);
  await shot('org-05-annual-written');

  await page.getByRole('button', { name: 'Markera klar' }).click();
  await visible(page.getByTestId('document-status').getByText('Klar för dialog'));
  await page.getByRole('button', { name: 'Fastställ' }).click();
  const dialog = page.getByRole('dialog');
  await visible(dialog.getByText(/kan den inte längre ändras/));
  await dialog.getByRole('button', { name: 'Fastställ' }).click();
  await visible(page.getByTestId('document-status').getByText('Fastställd'));
  await visible(page.getByTestId('read-only-note'));

  // Like the unit documents: every version kept, and a Word file.
  await page.getByRole('button', { name: 'Versionshistorik' }).click();
  const history = page.getByRole('dialog', { name: /Versionshistorik – verksamhetsuppföljning 2025\/26/ });
  await visible(history.getByTestId('versions').getByText('Klar för dialog'));
  await history.getByRole('button', { name: 'Stäng' }).click();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Word' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/^Huvudmannens verksamhetsuppföljning 2025.26\.docx$/);

  await page.getByRole('button', { name: 'Publicera på intranätet' }).click();
  const link = page.getByTestId('published-link').getByRole('link', { name: 'Huvudmannens verksamhetsuppföljning 2025/26' });
  await visible(link);
  slug = (await link.getAttribute('data-slug')) ?? '';
  expect(slug).toMatch(/^[a-z0-9-]+$/);
  expect(await link.getAttribute('target')).toBe('_blank');
  await shot('org-06-annual-published');

  await withTheme(page, 'dark');
  await visible(page.getByTestId('document-status').getByText('Fastställd'));
  expect(await axeScan(page)).toEqual([]);
  await shot('org-07-annual-dark');
  await withTheme(page, 'default');
});

test('Erik publishes a unit’s final plan from under the document; a draft offers no button and says why', async () => {
  const bjork = await app.unitId('Björkskolan');
  await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2025-26`);
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2025/26 – Björkskolan' }));
  const panel = page.getByTestId('unit-publish');
  await panel.getByRole('button', { name: 'Publicera på intranätet' }).click();
  await visible(panel.getByTestId('published-link').getByRole('link', { name: 'Åtagandeplan 2025/26 – Björkskolan' }));
  await shot('org-08-unit-plan-published');

  const lark = await app.unitId('Lärkans förskola');
  await page.goto(`${app.baseUrl}/?unitId=${lark}`);
  await visible(page.getByRole('heading', { level: 1, name: /Åtagandeplan 2026\/27 – Lärkans förskola/ }));
  // A draft offers no button: the panel says when it can be published.
  await visible(
    page.getByTestId('unit-publish').getByText('När åtagandeplanen är fastställd kan den publiceras på intranätet.', { exact: false }),
  );
  expect(await page.getByTestId('unit-publish').getByRole('button', { name: 'Publicera på intranätet' }).count()).toBe(0);
});

test('Maria on the board lands on the intranet, reads the published follow-up, and sees nothing in draft', async () => {
  await page.goto(`${app.baseUrl}/`);
  await signInAs(page, 'Maria Sandberg');
  await visible(page.getByRole('heading', { level: 1, name: 'Intranät' }));
  expect(new URL(page.url()).searchParams.get('view')).toBe('intranet');
  const nav = await page.getByTestId('app-nav').getByRole('link').allInnerTexts();
  expect(nav).toEqual(['Intranät', 'Årshjul']);
  const pages = page.getByTestId('intranet-page');
  await visible(pages.first());
  expect(await pages.count()).toBe(2);
  await visible(pages.getByRole('link', { name: /Huvudmannens verksamhetsuppföljning 2025\/26/ }));
  // Its line under the title does not say the title again (the kind and the year are in it).
  const annualMeta = pages.filter({ hasText: 'Huvudmannens verksamhetsuppföljning 2025/26' }).getByTestId('intranet-page-meta');
  // (its own words, not the PDF link's)
  const metaText = await annualMeta.evaluate((el) => [...el.childNodes].map((n) => (n.nodeName === 'A' ? '' : n.textContent)).join(''));
  expect(metaText).toMatch(/^publicerad /);
  expect(metaText).not.toMatch(/verksamhetsuppföljning|2025\/26/i);
  await visible(pages.getByRole('link', { name: /Åtagandeplan 2025\/26 – Björkskolan/ }));
  expect(await axeScan(page)).toEqual([]);
  await shot('org-09-board-intranet');

  // The draft documents are not hers to read, in the tab or through the API.
  const token = await app.tokenFor('Maria Sandberg');
  const draft = await fetch(`${app.baseUrl}/api/organiser/annual-follow-up/2026-27`, { headers: { authorization: `Bearer ${token}` } });
  expect(draft.status).toBe(403);
  const overview = await fetch(`${app.baseUrl}/api/overview/2026-27`, { headers: { authorization: `Bearer ${token}` } });
  expect(overview.status).toBe(403);

  await page.goto(`${app.baseUrl}/intranet/${slug}`);
  await visible(page.getByText(ANALYSIS.Resultatkvalitet));
  await visible(page.getByText('Likvärdig tillgång till behöriga lärare'));
  expect(await page.content()).not.toMatch(/Utkast/);
  await shot('org-10-intranet-page');
});
