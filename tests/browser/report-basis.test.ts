/**
 * "Hämta från TLD och nyckeltal" in a real browser: Anna starts last year's Läsårsrapport, previews
 * what the unit's TLD rounds and key figures give, fills the sections, and sees the numbers with a
 * decimal comma in the text she can go on editing; the button then says "Uppdatera".
 */
import type { Page } from 'playwright-core';
import { seedReportBasis } from '../support/report-basis-data';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { shot, signInAs, visible } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;
let bjork: string;

useBrowserBed((bed) => ({ app, page } = bed), { env: { SKA_SURVEY_PACK_HOLD_MS: '0' } });
beforeAll(async () => {
  ({ bjork } = await seedReportBasis(app));
});

test('Anna fills the TLD and statistics sections from what the tool already has', async () => {
  await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2025-26&doc=report`);
  await signInAs(page, 'Anna Berg');
  await page.getByRole('button', { name: 'Påbörja läsårsrapporten' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2025/26 – Björkskolan' }));

  const tld = page.getByTestId('report-basis-tldResults');
  await tld.getByRole('button', { name: 'Hämta från TLD och nyckeltal' }).click();
  const preview = tld.getByLabel('Förhandsvisning: TLD-resultat');
  await visible(preview);
  expect(await preview.textContent()).toMatch(/svarsfrekvens 76,7 %/);
  expect(await preview.textContent()).toContain('För få svar för att visa (under 10)');
  await tld.getByRole('button', { name: 'Fyll i avsnitten' }).click();

  const tldText = page.getByRole('textbox', { name: 'TLD-resultat' });
  await visible(page.getByTestId('report-basis-tldResults').getByRole('button', { name: 'Uppdatera' }));
  expect(await tldText.inputValue()).toMatch(/Lärande: \d+,\d/);
  expect(await page.getByRole('textbox', { name: 'Statistik och andra resultat' }).inputValue()).toMatch(
    /Elever per lärare \(heltidstjänst\), 2025: \d+,\d/,
  );
  // The editor keeps the marker lines that say which part a refresh replaces.
  expect(await tldText.inputValue()).toMatch(/^▸ Hämtat underlag/m);
  expect(await tldText.inputValue()).toMatch(/^▸ Slut på hämtat underlag/m);
  await shot(page, 'report-basis-filled');
});

test('Erik reads the filled sections without the marker lines: they are for the editor', async () => {
  await signInAs(page, 'Erik Lund', { samePage: true });
  await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2025/26 – Björkskolan' }));
  await expect(page.getByRole('textbox', { name: 'TLD-resultat' }).count()).resolves.toBe(0);
  const tld = page.getByTestId('report-section').filter({ hasText: 'TLD-resultat' }).first();
  await visible(tld.getByText(/Lärande: \d+,\d/));
  const text = (await tld.textContent()) ?? '';
  expect(text).not.toContain('▸');
  expect(text).not.toContain('Hämtat underlag');
  const statistics = page.getByTestId('report-section').filter({ hasText: 'Statistik och andra resultat' }).first();
  await visible(statistics.getByText(/Elever per lärare/));
  expect(await statistics.textContent()).not.toContain('▸');
  await shot(page, 'report-basis-read-only');
});
