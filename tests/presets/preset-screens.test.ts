/**
 * Each preset as people see it: the year wheel and the unit's main document in headless
 * Chromium, screenshotted for a look (tests/.artifacts/preset-<key>-*.png).
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, shot, signInAs, visible } from '../browser/helpers';
import { openView } from '../browser-organiser/helpers';
import { client } from '../support/http';
import { startTestApp } from '../support/test-app';

jest.setTimeout(180_000);

const PRESETS = [
  { key: '2024', event: 'Förutsättningsdialoger', document: 'Läsårsrapport' },
  { key: '2020', event: 'Dialoger om enheternas verksamhetsuppföljning', document: 'Verksamhetsuppföljning' },
  { key: '2018', event: 'Kvalitetsuppföljningar', document: 'Kvalitetsuppföljning' },
  { key: '2011', event: 'Verksamhetsdialoger', document: 'Uppföljning av verksamhetsuppdraget' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(PRESETS)('preset $key on screen', (p) => {
  it('shows its year wheel and the unit’s document by the preset’s names', async () => {
    const app = await startTestApp();
    const { ctx, page } = await openPage(browser);
    try {
      await client(app.baseUrl, await app.tokenFor('Tomas Berg')).post(`/api/admin/presets/${p.key}`);
      const anna = client(app.baseUrl, await app.tokenFor('Anna Berg'));
      const bjork = await app.unitId('Björkskolan');
      await anna.post(`/api/units/${bjork}/reports/2026-27`);

      await page.goto(`${app.baseUrl}/`);
      await signInAs(page, 'Anna Berg');
      await openView(page, 'Årshjul');
      await visible(page.getByText(p.event).first());
      await shot(page, `preset-${p.key}-wheel`);

      await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2026-27&doc=report`);
      await visible(page.getByRole('heading', { level: 1, name: new RegExp(p.document) }));
      await shot(page, `preset-${p.key}-document`);
    } finally {
      await ctx.close();
      await app.close();
    }
  });
});
