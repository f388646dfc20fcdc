/** The Intranät screen's batch publishing: the organiser ticks the year's final documents, publishes them, and a second run changes nothing. */
import type { Page } from 'playwright-core';
import { client } from '../support/http';
import type { TestApp } from '../support/test-app';
import { PHONE, useBrowserBed } from '../support/browser-bed';
import { axeScan, eventually, shot, signInAs, visible } from './helpers';

jest.setTimeout(180_000);

let app: TestApp;

let page: Page;

// A phone's width: the checklist must work at 390 px.
useBrowserBed((bed) => ({ app, page } = bed), { viewport: PHONE });

test('the organiser publishes two final documents, then again: Publicerad, then Oförändrad', async () => {
  // Last year's plans are final in the basic seed.
  const offered = (await client(app.baseUrl, await app.tokenFor('Erik Lund')).get('/api/intranet/publishable/2025-26')).body as {
    title: string;
    unitName?: string;
  }[];
  expect(offered.length).toBeGreaterThanOrEqual(2);
  const [a, b] = offered;

  await page.goto(`${app.baseUrl}/?view=intranet&year=2025-26`);
  await signInAs(page, 'Erik Lund');
  const panel = page.getByTestId('batch-publish');
  await visible(panel.getByRole('heading', { name: 'Fastställda dokument att publicera' }));
  const rows = panel.getByTestId('publishable-document');
  await visible(rows.filter({ hasText: a.title }));
  expect(await rows.count()).toBe(offered.length);
  expect(await rows.filter({ hasText: 'Inte publicerad' }).count()).toBe(offered.length);

  const button = panel.getByRole('button', { name: /^Publicera valda/ });
  expect(await button.textContent()).toBe('Publicera valda (0)');
  for (const d of [a, b]) await panel.getByRole('checkbox', { name: new RegExp(d.title) }).check();
  expect(await button.textContent()).toBe('Publicera valda (2)');
  await button.click();

  const outcome = (title: string) => rows.filter({ hasText: title }).getByTestId('publish-outcome');
  for (const d of [a, b]) await visible(outcome(d.title).getByText('Publicerad', { exact: true }));
  // The published pages refresh below the checklist, and the rows now tell when.
  for (const d of [a, b]) await visible(page.getByTestId('intranet-page').getByRole('link', { name: new RegExp(d.title) }));
  // Beside each page its PDF, with the page's visibility (the cookie the list gave this browser).
  const pdf = page.getByTestId('intranet-page').filter({ hasText: a.title }).getByRole('link', { name: /^PDF/ });
  await visible(pdf);
  const fetched = await page.request.get(new URL((await pdf.getAttribute('href'))!, page.url()).toString());
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()['content-type']).toBe('application/pdf');
  await eventually(
    async () => (await rows.filter({ hasText: 'Inte publicerad' }).count()) === offered.length - 2,
    'the rows show the publishing date',
  );
  await shot(page, 'intranet-batch-published');

  await button.click();
  for (const d of [a, b]) await visible(outcome(d.title).getByText('Oförändrad – redan publicerad i den här versionen'));
  await visible(page.getByTestId('intranet-page'));
  expect(await page.getByTestId('intranet-page').count()).toBe(2); // no duplicates
  // Nothing spills sideways at 390 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'intranet-batch-unchanged');
  expect(await axeScan(page)).toEqual([]);

  // "Markera alla" selects every document.
  await panel.getByRole('checkbox', { name: 'Markera alla' }).check();
  expect(await button.textContent()).toBe(`Publicera valda (${offered.length})`);
});

test('a year without final documents says so', async () => {
  await page.goto(`${app.baseUrl}/?view=intranet&year=2026-27`);
  await visible(page.getByTestId('batch-publish').getByText('Inga fastställda dokument det här läsåret.'));
});
