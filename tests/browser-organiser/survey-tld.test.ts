/**
 * TLD in a real browser: Erik creates and opens a round; Anna finds Björkskolan's link and QR
 * code, and the results stay hidden below the threshold; once ten students have answered on the
 * anonymous page, the results show per area and per statement, as bars and as a table. Also at
 * phone width, light and dark.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { axeScan, eventually, openPage, openView, shot as shotOf, signInAs, visible, withTheme } from './helpers';

jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let code = '';

const shot = (name: string, fullPage = true) => shotOf(page, name, fullPage);

useBrowserBed((bed) => ({ app, page, ctx, browser } = bed));

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `tld-last-${name}`).catch(() => undefined);
});

test('Erik creates the autumn round and opens it', async () => {
  await page.goto(`${app.baseUrl}/`);
  await signInAs(page, 'Erik Lund');
  await openView(page, 'TLD');
  await visible(page.getByRole('heading', { level: 2, name: 'Mätningar 2026/27' }));
  await page.getByRole('radio', { name: 'Hösten (oktober)' }).check();
  expect(await page.getByLabel('Öppnar').inputValue()).toBe('2026-10-01');
  await page.getByLabel('Stänger').fill('2026-11-30');
  await page.getByRole('button', { name: 'Skapa mätningen' }).click();
  const rounds = page.getByTestId('survey-rounds');
  await visible(rounds.getByText('TLD oktober 2026'));
  await visible(rounds.getByText('Planerad'));
  await rounds.getByRole('button', { name: 'Öppna TLD oktober 2026' }).click();
  await visible(rounds.getByText('Öppen'));
  await visible(rounds.getByRole('button', { name: 'Stäng TLD oktober 2026' }));
  await shot('tld-01-organiser-rounds');
});

test('Anna sees Björkskolan’s link and QR code; the results stay hidden until ten have answered', async () => {
  await signInAs(page, 'Anna Berg');
  await openView(page, 'TLD');
  await page.getByTestId('survey-unit-picker').selectOption({ label: 'Björkskolan' });
  const link = page.getByTestId('survey-link');
  await visible(link);
  const url = await page.getByTestId('survey-url').inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{16,64}$/);
  code = url.split('/s/')[1];
  const qr = page.getByTestId('survey-qr');
  await visible(qr);
  await eventually(
    async () => qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
    'the QR code image loaded',
  );
  expect(await qr.getAttribute('alt')).toMatch(/QR-kod till enkäten för Björkskolan/);
  await visible(link.getByRole('button', { name: 'Ladda ned PNG' }));
  await visible(link.getByRole('button', { name: 'Skriv ut affisch' }));

  // Copying the link (the clipboard may be closed to a headless browser: the link is then selected).
  await link.getByRole('button', { name: 'Kopiera länk' }).click();
  await visible(link.getByRole('button', { name: 'Kopierad' }));

  await page.getByLabel('Antal elever som ska svara').fill('20');
  await page.getByRole('button', { name: 'Spara antal' }).click();
  await visible(page.getByTestId('response-rate').getByText(/0 svar hittills/));

  const hidden = page.getByTestId('results-hidden');
  await visible(hidden.getByText('Resultat visas när minst 10 har svarat.'));
  await shot('tld-02-principal-hidden');

  // The printable poster opens in a new tab, fetched with Anna's token.
  const [poster] = await Promise.all([ctx.waitForEvent('page'), link.getByRole('button', { name: 'Skriv ut affisch' }).click()]);
  await poster.waitForURL(/^blob:/);
  await poster.waitForLoadState();
  await eventually(
    async () =>
      (
        (await poster
          .locator('body')
          .innerText()
          .catch(() => '')) ?? ''
      ).includes('Björkskolan'),
    'the poster names the unit',
  );
  await poster.close();
});

test('after ten anonymous answers the results show per area and statement, as bars and as a table', async () => {
  // As the survey page sends them: JSON from the app's own origin, a device token each; together, so they share packs.
  const statuses = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      const answers = { t1: 4, t2: 3, t3: i < 7 ? 4 : 2, l1: 3, l2: 4, l3: i < 5 ? 3 : 1, l4: 2, d1: i < 4 ? 3 : 2, d2: 3, d3: 0 };
      const res = await fetch(`${app.baseUrl}/s/${code}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.baseUrl },
        body: JSON.stringify({ answers, deviceToken: `browser-test-device-${i}-000` }),
      });
      return res.status;
    }),
  );
  expect(statuses).toEqual(Array(10).fill(201));
  app.clock.set(new Date(app.clock.now().getTime() + 60_000)); // past the open round's results cache
  await page.reload();
  await page.getByTestId('survey-unit-picker').selectOption({ label: 'Björkskolan' });
  const results = page.getByTestId('survey-results');
  await visible(results.getByRole('figure', { name: /Index per område/ }));
  expect(await page.getByTestId('results-hidden').count()).toBe(0);
  await visible(page.getByTestId('response-rate').getByText(/10 svar hittills – svarsfrekvens 50 %/));
  await visible(results.getByText('Jag känner mig trygg i skolan.'));
  expect(await axeScan(page)).toEqual([]);
  await shot('tld-03-principal-results');

  await results.getByRole('switch', { name: 'Visa som tabell' }).check();
  const table = page.getByTestId('tld-index-table');
  await visible(table);
  const trygghet = await table.getByRole('row', { name: /Trygghet/ }).innerText();
  expect(trygghet).toMatch(/Trygghet\s+90/);
  await visible(page.getByTestId('tld-trend-table').getByText('TLD oktober 2026'));

  await withTheme(page, 'dark');
  await page.getByTestId('survey-unit-picker').selectOption({ label: 'Björkskolan' });
  await visible(page.getByTestId('survey-results'));
  await shot('tld-04-principal-results-dark');
  await withTheme(page, 'default');
});

test('at phone width the link, the QR code and the results fit, light and dark', async () => {
  const phone = await openPage(browser, { width: 390, height: 844 });
  try {
    await phone.page.goto(`${app.baseUrl}/?view=survey`);
    await signInAs(phone.page, 'Anna Berg');
    await phone.page.getByTestId('survey-unit-picker').selectOption({ label: 'Björkskolan' });
    await visible(phone.page.getByTestId('survey-qr'));
    await visible(phone.page.getByTestId('survey-results'));
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shotOf(phone.page, 'tld-05-phone');
    await withTheme(phone.page, 'dark');
    await phone.page.getByTestId('survey-unit-picker').selectOption({ label: 'Björkskolan' });
    await visible(phone.page.getByTestId('survey-results'));
    await shotOf(phone.page, 'tld-06-phone-dark');
  } finally {
    await phone.ctx.close();
  }
});

test('Erik sees every unit’s results for the round, hidden where too few answered, and exports them as CSV', async () => {
  await signInAs(page, 'Erik Lund');
  await openView(page, 'TLD');
  const table = page.getByTestId('round-results');
  await visible(table);
  const bjork = await table.getByRole('row', { name: /Björkskolan/ }).innerText();
  expect(bjork).toMatch(/Björkskolan\s+10\s+50 %\s+90/);
  const lark = await table.getByRole('row', { name: /Lärkans förskola/ }).innerText();
  expect(lark).toMatch(/Dolt/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('tld-resultat.csv');
  await shot('tld-07-organiser-results');
});
