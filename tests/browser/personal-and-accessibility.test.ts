/**
 * The personal tab ("Mitt kvalitetsarbete") and the channel tab bound to one unit; then every
 * screen scanned with axe-core in the light and the dark Teams theme (no serious or critical
 * violations), the high-contrast theme looked at, and the main actions done by keyboard.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { ARTIFACTS, axeScan, eventually, shot as shotOf, signInAs as signIn, visible } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;
let bjork: string;
let lark: string;
const axeResults: Record<string, string[]> = {};

const shot = (name: string, fullPage = true) => shotOf(page, name, fullPage);
const signInAs = (name: string) => signIn(page, name);
const THEMES = ['default', 'dark'] as const;
const themed = (path: string, theme: string) => `${app.baseUrl}${path}${path.includes('?') ? '&' : '?'}theme=${theme}`;

async function scan(label: string) {
  const found = await axeScan(page);
  axeResults[label] = found;
  expect({ [label]: found }).toEqual({ [label]: [] });
}

useBrowserBed((bed) => ({ app, page } = bed));
beforeAll(async () => {
  bjork = await app.unitId('Björkskolan');
  lark = await app.unitId('Lärkans förskola');
  // Lärkan's report has something in it, so its history has changes to show.
  const token = await app.tokenFor('Anna Berg');
  const base = `${app.baseUrl}/api/units/${lark}/reports/2026-27`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const report = await (await fetch(base, { method: 'POST', headers })).json();
  const res = await fetch(`${base}/sections`, {
    method: 'PATCH',
    headers: { ...headers, 'if-match': report.etag },
    body: JSON.stringify({
      updates: [
        { sectionKey: 'tldResults', value: 'Barnen trivs; fler vågar berätta i grupp.' },
        { sectionKey: 'analysisStructure', value: 'Två nya förskollärare.' },
      ],
    }),
  });
  expect(res.status).toBe(200);
});

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `last-${name}`).catch(() => undefined);
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'axe-results.json'), JSON.stringify(axeResults, null, 2));
});

test('the sign-in has no serious accessibility problems, light and dark', async () => {
  for (const theme of THEMES) {
    await page.goto(themed('/', theme));
    await visible(page.getByRole('heading', { name: 'Välj demoanvändare' }));
    await visible(page.getByRole('button', { name: /^Anna Berg/ }));
    await scan(`sign-in (${theme})`);
  }
});

test('Anna’s personal tab lists her two units with their documents, statuses and what is due next', async () => {
  await page.goto(`${app.baseUrl}/?view=personal`);
  await signInAs('Anna Berg');
  await visible(page.getByRole('heading', { level: 1, name: 'Mitt kvalitetsarbete' }));
  const units = page.getByTestId('personal-unit');
  await visible(units.first().getByRole('table'));
  expect(await units.count()).toBe(2);
  expect(await page.getByRole('navigation', { name: 'Enheter' }).count()).toBe(0); // no unit list here

  const row = (unit: string, doc: string) => page.getByRole('region', { name: unit }).getByRole('row', { name: new RegExp(`^${doc}`) });
  await visible(row('Björkskolan', 'Åtagandeplan 2026/27').getByText('Inte påbörjad'));
  await visible(row('Björkskolan', 'Åtagandeplan 2025/26').getByText('Fastställd'));
  await visible(row('Björkskolan', 'Läsårsrapport 2025/26').getByText('Inte påbörjad'));
  await visible(row('Lärkans förskola', 'Åtagandeplan 2026/27').getByText('Utkast'));
  await visible(row('Lärkans förskola', 'Läsårsrapport 2026/27').getByText('Utkast'));
  for (const unit of ['Björkskolan', 'Lärkans förskola']) {
    await visible(
      page.getByRole('region', { name: unit }).getByRole('link', { name: 'Gör åtagandeplanen klar för dialog' }), // (in November: September's dialogue is past)
    );
  }
  await visible(
    page.getByRole('region', { name: 'Björkskolan' }).getByRole('link', { name: /Läsårsrapporten för 2025\/26 är inte påbörjad/ }),
  );
  await shot('40-personal');
  await scan('personal tab (default)');

  await page.goto(themed('/?view=personal', 'dark'));
  await visible(units.first().getByRole('table'));
  await shot('41-personal-dark');
  await scan('personal tab (dark)');

  // A link goes straight into the document.
  await page.getByRole('region', { name: 'Lärkans förskola' }).getByRole('link', { name: 'Åtagandeplan 2026/27' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Lärkans förskola' }));
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  await page.goBack();
  await visible(page.getByRole('heading', { level: 1, name: 'Mitt kvalitetsarbete' }));
});

test('a channel tab bound to one unit shows only that unit’s documents', async () => {
  await page.goto(`${app.baseUrl}/?view=channel&unitId=${bjork}`);
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Björkskolan' }));
  expect(await page.getByRole('navigation', { name: 'Enheter' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Mitt kvalitetsarbete' }).count()).toBe(0);
  await page.getByRole('combobox', { name: 'Läsår' }).selectOption('2025/26');
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2025/26 – Björkskolan' }));
  await page.getByRole('navigation', { name: 'Enhetens dokument' }).getByRole('link', { name: 'Läsårsrapport' }).click();
  await visible(page.getByText('Läsårsrapporten för 2025/26 är inte påbörjad'));
  expect(new URL(page.url()).searchParams.get('view')).toBe('channel');
  await shot('42-channel-tab');
});

test('the plan editor, the report editor and the version history have no serious accessibility problems, light and dark', async () => {
  for (const theme of THEMES) {
    await page.goto(themed(`/?unitId=${lark}&year=2026-27`, theme));
    await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Lärkans förskola' }));
    await visible(page.getByRole('textbox', { name: /^Resultat Högläsning/ }));
    // With a form open and a comment thread open, as people use it.
    await page
      .getByRole('button', { name: /^Lägg till åtagande under/ })
      .first()
      .click();
    await visible(page.getByLabel('Åtagande (rubrik)'));
    await page
      .getByRole('button', { name: /^Kommentera – åtagandet/ })
      .first()
      .click();
    await visible(page.getByRole('textbox', { name: 'Ny kommentar' }));
    await scan(`plan editor (${theme})`);
    await shot(`43-plan-editor-${theme}`);

    await page.goto(themed(`/?unitId=${lark}&year=2026-27&doc=report`, theme));
    await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2026/27 – Lärkans förskola' }));
    await visible(page.getByTestId('missing-list'));
    await page.getByRole('button', { name: 'Kommentera – Strukturkvalitet' }).click();
    await visible(page.getByRole('region', { name: 'Kommentarer – Strukturkvalitet' }));
    await scan(`report editor (${theme})`);

    await page.getByRole('button', { name: 'Versionshistorik' }).click();
    const panel = page.getByRole('dialog', { name: /^Versionshistorik/ });
    await visible(panel.getByTestId('changes').locator('ins'));
    await scan(`version history and diff (${theme})`);
    await shot(`44-history-${theme}`, false);
    await panel.getByRole('button', { name: 'Stäng' }).click();
    await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the panel to close');
  }
});

test('the high-contrast theme renders the report', async () => {
  await page.goto(themed(`/?unitId=${lark}&year=2026-27&doc=report`, 'contrast'));
  await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2026/27 – Lärkans förskola' }));
  await shot('45-report-high-contrast');
});

test('everything is reachable and usable by keyboard', async () => {
  await page.goto(`${app.baseUrl}/?unitId=${lark}&year=2026-27&doc=report`);
  await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2026/27 – Lärkans förskola' }));
  // The focused element's name, roughly as assistive technology computes it.
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const labelledBy = el.getAttribute('aria-labelledby');
      const byIds = labelledBy
        ? labelledBy
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '';
      return (el.getAttribute('aria-label') ?? (byIds || el.textContent) ?? '').trim();
    });
  const tabTo = async (name: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if ((await focused()).startsWith(name)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };

  // The history opens with Enter, traps focus, closes with Escape and gives focus back.
  await tabTo('Versionshistorik');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: /^Versionshistorik/ });
  await visible(panel);
  await eventually(() => panel.evaluate((d) => d.contains(document.activeElement)), 'focus inside the panel');
  for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
  expect(await panel.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the panel to close');
  await eventually(async () => (await focused()) === 'Versionshistorik', 'focus back on the button');

  // A comment thread opens with Space; a field is written and saved without a mouse.
  await tabTo('Kommentera – Processkvalitet');
  await page.keyboard.press('Space');
  await visible(page.getByRole('region', { name: 'Kommentarer – Processkvalitet' }));
  await tabTo('Processkvalitet'); // the field itself: its thread opens below it
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.type('Arbetslagen planerar tillsammans varje vecka.');
  await page.keyboard.press('Tab');
  await visible(page.getByTestId('save-indicator').getByText(/^Sparat/));

  // The document switch is a link: Enter follows it.
  await page.getByRole('navigation', { name: 'Enhetens dokument' }).getByRole('link', { name: 'Åtagandeplan' }).focus();
  await page.keyboard.press('Enter');
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Lärkans förskola' }));
});
