/**
 * A child on a phone: opens the unit's link in a phone-sized headless Chromium, answers the
 * Adaptive Card form, sees "Tack!". A staff member on a shared tablet takes the next child.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { decodePack } from '../../src/domain/survey-packs';
import { client } from '../support/http';
import { ARTIFACTS, launchChromium } from '../support/chromium';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(90_000);

let app: TestApp;
let ctx: BrowserContext;
let page: Page;
const codes: Record<string, string> = {};

beforeAll(async () => {
  ctx = await launchChromium({ viewport: { width: 375, height: 740 }, isMobile: true, needsBuild: 'survey.html' });
  app = await startTestApp();
  const erik = client(app.baseUrl, await app.tokenFor('Erik Lund'));
  const round = (
    await erik.post('/api/survey/rounds', { schoolYear: '2026-27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-11-30' })
  ).body;
  await erik.post(`/api/survey/rounds/${round.id}/status`, { status: 'open' });
  for (const unit of ['Björkskolan', 'Lärkans förskola']) {
    codes[unit] = (await erik.get(`/api/units/${await app.unitId(unit)}/survey/rounds/${round.id}/link`)).body.code;
  }
  page = await ctx.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
});

afterAll(async () => {
  await ctx?.close();
  await app?.close();
});

describe('the survey on a phone', () => {
  it('renders the questions with large touch targets, takes the answers and says Tack!', async () => {
    await page.goto(`${app.baseUrl}/s/${codes['Björkskolan']}`);
    await page.getByText('Hur har du det på Björkskolan?').waitFor();
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBe(50); // 10 statements × 5 steps
    const box = await page.getByText('Stämmer helt och hållet').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(20);
    const option = await page.locator('.ac-choiceSetInput-expanded > div').first().boundingBox();
    expect(option!.height).toBeGreaterThanOrEqual(44); // a finger, not a mouse pointer
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375); // no sideways scrolling
    await page.screenshot({ path: join(ARTIFACTS, 'survey-01-form.png'), fullPage: false });

    for (let q = 0; q < 10; q++)
      await page
        .getByRole('radio', { name: q % 2 ? 'Stämmer ganska bra' : 'Stämmer helt och hållet' })
        .nth(q)
        .check();
    await page.getByRole('button', { name: 'Skicka mina svar' }).click();
    await page.getByRole('heading', { name: 'Tack!' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'survey-02-tack.png') });

    const stored = (await app.services.store.query('surveyAnswerPacks')).items;
    expect(stored).toHaveLength(1);
    expect(decodePack(String(stored[0].fields.entries))[0].answers).toMatchObject({ t1: 4, t2: 3, d3: 3 });
  });

  it('remembers on the device that it has answered', async () => {
    await page.goto(`${app.baseUrl}/s/${codes['Björkskolan']}`);
    const heading = page.getByRole('heading', { name: 'Du har redan svarat' });
    await heading.waitFor();
    // Focused for the screen reader, without a focus ring round a heading nobody can press.
    expect(await heading.evaluate((h) => [h === document.activeElement, getComputedStyle(h).outlineStyle])).toEqual([true, 'none']);
  });

  it('lets a staff member take the next child on a shared tablet, with faces that have words', async () => {
    await page.goto(`${app.baseUrl}/s/${codes['Lärkans förskola']}`);
    await page.getByText('Hur har du det på Lärkans förskola?').waitFor();
    await page.locator('.faces .word', { hasText: /^Bra$/ }).first().click(); // a finger taps the face or its word
    expect(
      await page
        .getByRole('radio', { name: /(^| )Bra$/ })
        .first()
        .isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Skicka mina svar' }).click();
    // Half-filled: asked first, "Tillbaka" changes nothing, "Ja, skicka" sends.
    const ask = page.getByRole('dialog', { name: 'Du har inte svarat på alla frågor. Skicka ändå?' });
    await ask.waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS, 'survey-03-skicka-anda.png') });
    await ask.getByRole('button', { name: 'Tillbaka' }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Skicka mina svar' }).click();
    await ask.getByRole('button', { name: 'Ja, skicka' }).click();
    await page.getByRole('button', { name: 'Nästa barn' }).click();
    // Faces are large targets with their word under them; a yes/no question has Ja / Nej / Vet inte.
    const face = await page.locator('.faces label').first().boundingBox();
    expect(face!.width).toBeGreaterThanOrEqual(44);
    expect(face!.height).toBeGreaterThanOrEqual(44);
    const yes = await page.locator('.buttons label', { hasText: 'Ja' }).first().boundingBox();
    expect(yes!.height).toBeGreaterThanOrEqual(44);
    expect(await page.getByRole('radio', { name: /Vet inte$/ }).count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'survey-04-faces.png'), fullPage: true });
    await page
      .locator('.faces .word', { hasText: /^Mittemellan$/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Skicka mina svar' }).click();
    await ask.getByRole('button', { name: 'Ja, skicka' }).click();
    await page.getByRole('heading', { name: 'Tack!' }).waitFor();
    const packs = (await app.services.store.query('surveyAnswerPacks')).items;
    expect(packs.reduce((n, p) => n + Number(p.fields.count), 0)).toBe(3);
  });

  it('shows a clear page for an unknown link', async () => {
    const res = await page.goto(`${app.baseUrl}/s/not-a-real-code-at-all-000`);
    expect(res!.status()).toBe(404);
    await page.getByRole('heading', { name: 'Länken finns inte' }).waitFor();
    await expect(page.locator('main p').textContent()).resolves.toBe(
      'Kontrollera att du skrivit av länken rätt, eller skanna QR-koden igen.',
    );
  });

  it('declares its own (empty) icon, so the phone does not ask for /favicon.ico and get a 404', async () => {
    // This phone has answered already (above): the page itself is what is looked at.
    const res = await page.goto(`${app.baseUrl}/s/${codes['Björkskolan']}`);
    expect(res!.status()).toBe(200);
    await expect(page.locator('link[rel="icon"]').getAttribute('href')).resolves.toBe('data:,');
  });
});
