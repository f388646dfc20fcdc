/**
 * The organiser's chart "Ett mått över tid" on the seeded demo year, at 1366 px and on a 390 px
 * phone: a measure from the picker per unit and round/year, Swedish figures, a TLD value under the
 * anonymity threshold as "–" (never a number), a table at a click, no sideways scroll, axe clean.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { axeScan, launchBrowser, openPage, shot, signInAs, visible } from './helpers';

jest.setTimeout(240_000);

let app: TestApp;
let browser: Browser;
let hidden = '';
let shownUnit = { name: '', latestT: 0 };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ SKA_SEED_DEMO: 'year' });
  // What the chart must show, from the overview's own answer.
  const overview = (await client(app.baseUrl, await app.tokenFor('Erik Lund')).get('/api/overview/2026-27')).body;
  const last = overview.rounds[overview.rounds.length - 1].id;
  const tldOf = (u: any) => u.tld.find((t: any) => t.roundId === last);
  hidden = overview.units.find((u: any) => tldOf(u).answers > 0 && !tldOf(u).shown).unit.name;
  const shown = overview.units.find((u: any) => tldOf(u).shown && !Number.isInteger(tldOf(u).index.T));
  shownUnit = { name: shown.unit.name, latestT: tldOf(shown).index.T };
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const swedish = (n: number) => n.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function openChart(width: number, height: number): Promise<{ ctx: BrowserContext; page: Page }> {
  const opened = await openPage(browser, { width, height });
  await opened.page.goto(`${app.baseUrl}/?view=overview`);
  await signInAs(opened.page, 'Erik Lund');
  await visible(opened.page.getByTestId('measure-chart'));
  return opened;
}

describe.each([
  ['desktop', 1366, 900],
  ['phone', 390, 844],
])('on %s (%i px)', (name, width, height) => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ ctx, page } = await openChart(width, height)));
  afterAll(() => ctx?.close());

  test('shows Trygghet per unit, a hidden value as "–", decimal comma', async () => {
    const chart = page.getByTestId('measure-chart');
    expect(await chart.getByRole('combobox', { name: 'Mått' }).inputValue()).toBe('tld:T');
    const card = chart.getByTestId('measure-unit').filter({ hasText: shownUnit.name });
    const text = await card.innerText();
    expect(text).toContain(swedish(shownUnit.latestT));
    expect(swedish(shownUnit.latestT)).toMatch(/,/);
    // Every value with one decimal, Swedish style ("85,0", not "85"), or "–".
    const values = await card.getByTestId('measure-value').allInnerTexts();
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => !/^(\d+,\d|–.*)$/.test(v.trim()))).toEqual([]);
    const hiddenCard = chart.getByTestId('measure-unit').filter({ hasText: hidden });
    const hiddenText = await hiddenCard.innerText();
    // Periods and "–", and nothing else that looks like an index.
    expect(hiddenText).toContain('–');
    expect(hiddenText.replace(/\d{4}/g, '')).not.toMatch(/\d/);
    expect(await hiddenCard.locator('rect').count()).toBe(3); // the tracks only: no bar for a hidden value
    expect(await hiddenCard.textContent()).toContain('dolt under anonymitetsgränsen');
  });

  test('fits the width without sideways scroll, and is axe clean', async () => {
    const { scroll, client: w } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(w);
    const box = await page.getByTestId('measure-chart').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(await axeScan(page)).toEqual([]);
    await page.getByTestId('measure-panel').scrollIntoViewIfNeeded();
    await page.getByTestId('measure-panel').screenshot({ path: `tests/.artifacts/overview-chart-${name}-tld.png` });
  });

  test('picks a key figure and shows it as a table too', async () => {
    const chart = page.getByTestId('measure-chart');
    await chart.getByRole('combobox', { name: 'Mått' }).selectOption({ label: 'Genomsnittligt meritvärde åk 9' });
    const card = chart.getByTestId('measure-unit').filter({ hasText: 'Sjöviksskolan' });
    await visible(card.getByText('223,9'));
    expect(await chart.getByTestId('measure-unit').count()).toBe(1); // only the units that have the figure
    await chart.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = page.getByTestId('measure-table');
    await visible(table);
    await visible(table.getByRole('rowheader', { name: 'Sjöviksskolan' }));
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Enhet', '2024', '2025', '2026']);
    expect(await axeScan(page)).toEqual([]);
    await page.getByTestId('measure-panel').screenshot({ path: `tests/.artifacts/overview-chart-${name}-table.png` });
    await chart.getByRole('button', { name: 'Visa som diagram' }).click();
    await chart.getByRole('combobox', { name: 'Mått' }).selectOption({ label: 'Elever per lärare (heltidstjänst)' });
    await page.getByTestId('measure-panel').screenshot({ path: `tests/.artifacts/overview-chart-${name}-kpi.png` });
    if (name === 'phone') await shot(page, 'overview-chart-phone-page');
  });
});
