/**
 * The Intranät tab names page types by the preset in effect: under 2020 a unit's plan page is a
 * "Verksamhetsplan", never the 2024 guideline's Åtagandeplan or Läsårsrapport.
 */
import type { Page } from 'playwright-core';
import { client } from '../support/http';
import type { TestApp } from '../support/test-app';
import { PHONE, useBrowserBed } from '../support/browser-bed';
import { shot, signInAs, visible } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;

useBrowserBed((bed) => ({ app, page } = bed), { viewport: PHONE });

test('under the 2020 preset the published pages are labelled Verksamhetsplan', async () => {
  expect((await client(app.baseUrl, await app.tokenFor('Tomas Berg')).post('/api/admin/presets/2020')).status).toBe(200);
  const erik = client(app.baseUrl, await app.tokenFor('Erik Lund'));
  // Last year's plans are final in the basic seed.
  const offered = (await erik.get('/api/intranet/publishable/2025-26')).body as { kind: 'plan'; unitId: string; schoolYear: string }[];
  const plans = offered.filter((d) => d.kind === 'plan').slice(0, 2);
  expect(plans).toHaveLength(2);
  const published = await erik.post('/api/intranet/publish', {
    documents: plans.map(({ kind, unitId, schoolYear }) => ({ kind, unitId, schoolYear: schoolYear.replace('/', '-') })),
  });
  expect(published.status).toBe(200);

  await page.goto(`${app.baseUrl}/?view=intranet&year=2025-26`);
  await signInAs(page, 'Erik Lund');
  const pages = page.getByTestId('intranet-page');
  await visible(pages.first());
  expect(await pages.count()).toBe(2);
  // The preset's word and the year, in the title or (where the title lacks them) the line under it.
  for (const row of await pages.allInnerTexts()) expect(row).toMatch(/Verksamhetsplan[^]*2025\/26/);
  const list = page.getByRole('region', { name: 'Enheternas dokument' });
  await visible(list.getByText('Verksamhetsplan och verksamhetsuppföljning per enhet.'));
  const main = await page.locator('main').innerText();
  expect(main).not.toMatch(/Åtagandeplan ·|Läsårsrapport ·|åtagandeplaner|läsårsrapporter/);
  await shot(page, 'intranet-preset-2020');
});
