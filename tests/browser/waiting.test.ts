/** "Det här väntar på dig" on the seeded demo year: the principal's returned plan first, the organiser's compact list above the overview. */
import type { Page } from 'playwright-core';
import { client } from '../support/http';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { signInAs, visible } from './helpers';

jest.setTimeout(180_000);

let app: TestApp;
let page: Page;

useBrowserBed((bed) => ({ app, page } = bed), { env: { SKA_SEED_DEMO: 'year' } });

test('a principal with a returned plan sees it first and opens it', async () => {
  const users = (await (await fetch(`${app.baseUrl}/dev/users`)).json()) as { displayName: string; roles: string[] }[];
  let who = '';
  let first: any;
  for (const u of users.filter((x) => x.roles.includes('principal'))) {
    const waiting = (await client(app.baseUrl, await app.tokenFor(u.displayName)).get('/api/me/waiting')).body;
    if (waiting[0]?.kind !== 'returned') continue;
    who = u.displayName;
    first = waiting[0];
    break;
  }
  expect(who).not.toBe('');
  await page.goto(`${app.baseUrl}/?view=personal`);
  await signInAs(page, who);
  const panel = page.getByTestId('waiting');
  await visible(panel.getByRole('heading', { name: 'Det här väntar på dig' }));
  await visible(panel.getByRole('link', { name: first.title }));
  await panel.getByRole('link', { name: first.title }).first().click();
  await page.waitForURL((u) => u.searchParams.get('unitId') === first.target.unitId);
});

test('the organiser sees what waits above the overview', async () => {
  await page.goto(`${app.baseUrl}/?view=overview`);
  await signInAs(page, 'Erik Lund');
  await visible(page.getByTestId('waiting').getByRole('heading', { name: 'Det här väntar på dig nu' }));
  await visible(page.getByTestId('waiting').getByRole('link'));
});

/** A mark on the page's window: gone after a full page load, kept by the app's own navigation. */
const mark = () => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test('the overview’s items open in the app, without a page load: a view and a document', async () => {
  await page.goto(`${app.baseUrl}/?view=overview`);
  const panel = page.getByTestId('waiting');
  const create = panel.getByRole('link', { name: 'Skapa dialogomgången: Processdialoger' });
  await visible(create);
  expect(await create.getAttribute('href')).toMatch(/[?&]view=dialogues/);
  // Its due day as a Swedish reader writes it, not 2026-11-01.
  const item = panel.getByRole('listitem').filter({ hasText: 'Skapa dialogomgången: Processdialoger' });
  expect(await item.innerText()).toMatch(
    /senast \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/,
  );
  await mark();
  await create.click();
  await page.waitForURL((u) => u.searchParams.get('view') === 'dialogues');
  await visible(page.getByRole('heading', { name: 'Dialoger', level: 1 }));
  expect(await sameDocument()).toBe(true);

  await page.goBack();
  await page.waitForURL((u) => u.searchParams.get('view') === 'overview');
  const review = page
    .getByTestId('waiting')
    .getByRole('link', { name: /är klar för dialog: granska/ })
    .first();
  await visible(review);
  expect(await sameDocument()).toBe(true);
  await review.click();
  await page.waitForURL((u) => u.searchParams.get('unitId') !== null && u.searchParams.get('view') === null);
  expect(await sameDocument()).toBe(true);
});
