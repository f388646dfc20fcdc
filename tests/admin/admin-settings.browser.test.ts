/**
 * Inställningar in headless Chromium: the admin adds a board goal and retires another (behind a
 * confirmation); the principal then finds the new one, not the retired one, on a new commitment.
 * Screenshots: tests/.artifacts/settings-*.png.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, shot, signInAs, visible, WAIT } from '../browser/helpers';
import { openView } from '../browser-organiser/helpers';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(180_000);

let browser: Browser;
let app: TestApp;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startTestApp()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('an admin adds and retires a board goal; a principal cannot pick the retired one', async () => {
  const { ctx, page } = await openPage(browser);
  try {
    const retiring = (
      await client(app.baseUrl, await app.tokenFor('Tomas Berg')).post('/api/admin/board-goals', { title: 'Alla elever simmar' })
    ).body;
    await page.goto(`${app.baseUrl}/`);
    await signInAs(page, 'Tomas Berg');
    await openView(page, 'Inställningar');
    await visible(page.getByTestId('preset-preview'));

    await page.getByTestId('new-board-goal').fill('Alla barn läser varje dag');
    await page.getByTestId('add-board-goal').click();
    await visible(page.getByTestId('board-goals').locator('input[value="Alla barn läser varje dag"]'));

    await page.getByRole('button', { name: 'Avsluta målet Alla elever simmar' }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByText('kan inte väljas på nya åtaganden'));
    await dialog.getByRole('button', { name: 'Avsluta målet' }).click();
    await visible(page.getByTestId(`board-goal-${retiring.id}`).getByText('Avslutat', { exact: true }));
    await shot(page, 'settings-admin');

    const bjork = await app.unitId('Björkskolan');
    await client(app.baseUrl, await app.tokenFor('Anna Berg')).post(`/api/units/${bjork}/plans/2026-27`);
    await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2026-27&doc=plan`);
    await signInAs(page, 'Anna Berg', { samePage: true });
    await page.getByRole('button', { name: 'Lägg till åtagande under Kunskaper' }).click();
    const goals = page.getByRole('group', { name: /Nämndens mål/ });
    await visible(goals.getByText('Alla barn läser varje dag'));
    await goals.getByText('Alla barn läser varje dag').waitFor({ timeout: WAIT });
    expect(await goals.getByText('Alla elever simmar').count()).toBe(0);
    await shot(page, 'settings-principal-commitment');
  } finally {
    await ctx.close();
  }
});
