/**
 * Two people write in the same Läsårsrapport at once (Anna in two windows: two browser
 * contexts, each with its own session). Nobody loses work: a field only the second person
 * changed is saved on top of the first person's version without asking; a field both changed
 * opens the merge panel with "Deras version" beside "Din version".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { eventually, launchBrowser, openPage, shot, signInAs, visible, withTheme } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let first: Page;
let second: Page;
let url: string;

const FIRST_TLD = 'Tryggheten har ökat sedan i höstas.';
const SECOND_TLD = 'Delaktigheten minskar i de äldre barngrupperna.';

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const saved = (page: Page) => visible(page.getByTestId('save-indicator').getByText(/^Sparat/));

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  const lark = await app.unitId('Lärkans förskola');
  // The report is started by the API; both windows open it as it is.
  const token = await app.tokenFor('Anna Berg');
  const res = await fetch(`${app.baseUrl}/api/units/${lark}/reports/2026-27`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(201);
  url = `${app.baseUrl}/?unitId=${lark}&year=2026-27&doc=report`;
  for (const _ of [1, 2]) {
    const { ctx, page } = await openPage(browser);
    contexts.push(ctx);
    await page.goto(url);
    await signInAs(page, 'Anna Berg');
    await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2026/27 – Lärkans förskola' }));
    if (!first) first = page;
    else second = page;
  }
});

afterAll(async () => {
  for (const ctx of contexts) await ctx.close();
  await browser?.close();
  await app?.close();
});

test('the second writer of the same field sees both versions and merges them; the other field is saved without asking', async () => {
  await field(first, 'TLD-resultat').fill(FIRST_TLD);
  await field(first, 'TLD-resultat').blur();
  await saved(first);

  // The second window still has the version from before: one field the first touched, one it did not.
  // The shared field is typed first: had the other field's save come back first (409, their
  // version adopted), the shared field would show their text before it was typed over, and
  // typing over what one sees is no conflict (a race this test had under load).
  await field(second, 'TLD-resultat').fill(SECOND_TLD);
  await field(second, 'Statistik och andra resultat').fill('Närvaron är 94 procent.');
  await second.keyboard.press('Tab'); // (leaving a field saves)

  const merge = second.getByTestId('merge-panel');
  await visible(merge);
  await visible(merge.getByText('Någon annan har ändrat TLD-resultat medan du skrev'));
  await visible(merge.getByText('Deras version'));
  await visible(merge.getByText(FIRST_TLD, { exact: true }));
  await visible(merge.getByText('Din version'));
  await visible(merge.getByText(SECOND_TLD, { exact: true }));
  await visible(second.getByTestId('save-indicator').getByText('Ett fält har ändrats av någon annan', { exact: false }));
  // Nothing is lost while choosing: the merged text starts with both.
  const merged = merge.getByRole('textbox', { name: /Sammanfogad text/ });
  expect(await merged.inputValue()).toBe(`${FIRST_TLD}\n\n${SECOND_TLD}`);
  // The field nobody else touched was saved on top of the other version already.
  expect(await field(second, 'Statistik och andra resultat').inputValue()).toBe('Närvaron är 94 procent.');
  await shot(second, '30-merge-panel');

  await merged.fill(`${FIRST_TLD} ${SECOND_TLD}`);
  await merge.getByRole('button', { name: 'Spara sammanfogad text' }).click();
  await eventually(async () => (await second.getByTestId('merge-panel').count()) === 0, 'the merge panel to close');
  await saved(second);
  expect(await field(second, 'TLD-resultat').inputValue()).toBe(`${FIRST_TLD} ${SECOND_TLD}`);

  // The first window, reloaded, has everything both wrote.
  await first.reload();
  await visible(field(first, 'TLD-resultat'));
  expect(await field(first, 'TLD-resultat').inputValue()).toBe(`${FIRST_TLD} ${SECOND_TLD}`);
  expect(await field(first, 'Statistik och andra resultat').inputValue()).toBe('Närvaron är 94 procent.');
});

test('“Behåll min” keeps this person’s text over the other version', async () => {
  await field(first, 'Statistik och andra resultat').fill('Närvaron är 95 procent enligt skolans system.');
  await field(first, 'Statistik och andra resultat').blur();
  await saved(first);
  await field(second, 'Statistik och andra resultat').fill('Närvaron är 94 procent; frånvaron ökade i mars.');
  await field(second, 'Statistik och andra resultat').blur();
  const merge = second.getByTestId('merge-panel');
  await visible(merge.getByText('Närvaron är 95 procent enligt skolans system.', { exact: true }));
  await merge.getByRole('button', { name: 'Behåll min' }).click();
  await eventually(async () => (await second.getByTestId('merge-panel').count()) === 0, 'the merge panel to close');
  await saved(second);

  await first.reload();
  await visible(field(first, 'Statistik och andra resultat'));
  expect(await field(first, 'Statistik och andra resultat').inputValue()).toBe('Närvaron är 94 procent; frånvaron ökade i mars.');
});

test('“Använd deras” takes the other version (dark theme)', async () => {
  await withTheme(first, 'dark');
  await visible(field(first, 'TLD-resultat'));
  await field(second, 'TLD-resultat').fill('Nytt från andra fönstret.');
  await field(second, 'TLD-resultat').blur();
  await saved(second);
  await field(first, 'TLD-resultat').fill('Nytt från första fönstret.');
  await field(first, 'TLD-resultat').blur();
  const merge = first.getByTestId('merge-panel');
  await visible(merge.getByText('Nytt från andra fönstret.', { exact: true }));
  await merge.scrollIntoViewIfNeeded();
  await shot(first, '31-merge-panel-dark', false);
  await merge.getByRole('button', { name: 'Använd deras' }).click();
  await eventually(async () => (await first.getByTestId('merge-panel').count()) === 0, 'the merge panel to close');
  expect(await field(first, 'TLD-resultat').inputValue()).toBe('Nytt från andra fönstret.');
});
