/**
 * Each preset speaks its own words: under the 2020 preset the unit's report and plan pages say
 * Verksamhetsplan / Verksamhetsuppföljning and never mix in the 2024 guideline's Åtagandeplan or Läsårsrapport.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, signInAs, visible } from '../browser/helpers';
import { client } from '../support/http';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('the 2020 preset’s report and plan pages use its own document names only', async () => {
  const app = await startTestApp();
  const { ctx, page } = await openPage(browser);
  try {
    await client(app.baseUrl, await app.tokenFor('Tomas Berg')).post('/api/admin/presets/2020');
    const anna = client(app.baseUrl, await app.tokenFor('Anna Berg'));
    const bjork = await app.unitId('Björkskolan');
    await anna.post(`/api/units/${bjork}/reports/2026-27`);

    await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2026-27&doc=report`);
    await signInAs(page, 'Anna Berg');
    await visible(page.getByRole('heading', { level: 1, name: /Verksamhetsuppföljning/ }));
    const report = await page.locator('main').innerText();
    expect(report).toMatch(/verksamhetsplan/i);
    expect(report).not.toMatch(/åtagandeplan|läsårsrapport/i);

    await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2026-27&doc=plan`);
    await visible(page.getByRole('heading', { level: 1, name: /Verksamhetsplan/ }));
    expect(await page.locator('main').innerText()).not.toMatch(/åtagandeplan|läsårsrapport/i);
  } finally {
    await ctx.close();
    await app.close();
  }
});
