/**
 * The first five minutes of each person on the seeded demo (SKA_SEED_DEMO=year), in headless
 * Chromium: the first screen after sign-in shows their real next step and real data. Screenshots
 * in tests/.artifacts/demo-*.png (looked at by hand); light, dark and high contrast; the 320 px
 * meeting side panel, a tablet and a phone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeScan, eventually, launchBrowser, openPage, shot, signInAs, visible, withTheme } from '../browser/helpers';
import { startTestApp, type TestApp } from '../support/test-app';
import { client } from '../support/http';

jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp({ SKA_SEED_DEMO: 'year' }), launchBrowser()]);
}, 180_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

async function pageAt(viewport: { width: number; height: number }): Promise<Page> {
  const { ctx, page } = await openPage(browser, viewport);
  contexts.push(ctx);
  return page;
}

/** axe's findings with the colours it measured, so a contrast failure says which colours. */
async function scan(page: Page): Promise<string[]> {
  const found = await axeScan(page);
  if (!found.length) return found;
  const details = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            o: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: string[]; html: string; any: { message: string }[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: ['color-contrast'] });
    return r.violations.flatMap((v) =>
      v.nodes.slice(0, 3).map((n) => `${n.html.slice(0, 120)} → ${n.any.map((a) => a.message).join('; ')}`),
    );
  });
  return [...found, ...details];
}

/** Nothing wider than the window: [] when it fits, else the widest offenders (tag, class, right edge). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
    return [...document.querySelectorAll('body *')]
      .map((e) => ({ e, right: e.getBoundingClientRect().right }))
      .filter((x) => x.right > window.innerWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 4)
      .map(
        (x) =>
          `${x.e.tagName.toLowerCase()}.${String(x.e.className).slice(0, 40)} ${(x.e.textContent ?? '').slice(0, 30)} → ${Math.round(x.right)}px`,
      );
  });

test('Anna, principal of two units, sees what is due in each (Mitt kvalitetsarbete) and opens the plan that was returned to her', async () => {
  const page = await pageAt({ width: 1280, height: 900 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Anna Berg');
  await page.getByRole('link', { name: 'Mitt kvalitetsarbete' }).click();
  const cards = page.getByTestId('personal-unit');
  await visible(cards.filter({ hasText: 'Björkskolan' }));
  await visible(cards.filter({ hasText: 'Lärkans förskola' }).getByText(/Gör åtagandeplanen klar för dialog/)); // the demo day is in November: the September dialogue is past
  await shot(page, 'demo-principal-01-first-screen');
  expect(await scan(page)).toEqual([]);

  await cards
    .filter({ hasText: 'Lärkans förskola' })
    .getByRole('link', { name: /Åtagandeplan 2026\/27/ })
    .click();
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Lärkans förskola' }));
  await visible(page.getByText(/tydligare tänkt effekt/));
  await visible(page.getByTestId('unit-key-figures').getByText('Barn per årsarbetare i förskolan'));
  await shot(page, 'demo-principal-02-returned-plan');
  expect(await scan(page)).toEqual([]);
  await withTheme(page, 'dark');
  await visible(page.getByTestId('unit-key-figures').getByText('Barn per årsarbetare i förskolan'));
  expect(await scan(page)).toEqual([]);
  await shot(page, 'demo-principal-03-dark');
  await withTheme(page, 'contrast');
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Lärkans förskola' }));
  await shot(page, 'demo-principal-04-contrast');
});

test('Anna in the meeting side panel (320 px): the plan reads without sideways scrolling', async () => {
  const page = await pageAt({ width: 320, height: 800 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Anna Berg');
  const bjork = await app.unitId('Björkskolan');
  await page.goto(`${app.baseUrl}/?unitId=${bjork}`);
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Björkskolan' }));
  await visible(page.getByText('Läsförståelse i alla ämnen').first());
  await shot(page, 'demo-principal-05-side-panel-320');
  expect(await sideways(page)).toEqual([]);
});

test('Erik, organiser, opens the overview with every unit’s real figures', async () => {
  const page = await pageAt({ width: 1366, height: 900 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Erik Lund');
  // The organiser lands on Översikt (no view in the URL), the first entry of the menu, marked as the current page.
  await visible(page.getByRole('heading', { level: 1, name: 'Översikt' }));
  await visible(
    page.getByTestId('app-nav').getByRole('link', { name: 'Översikt', exact: true }).and(page.locator('[aria-current="page"]')),
  );
  // "Enheter" (no view either) stays on the units: the landing happens once.
  await page.getByTestId('app-nav').getByRole('link', { name: 'Enheter', exact: true }).click();
  await visible(page.getByTestId('app-nav').getByRole('link', { name: 'Enheter', exact: true }).and(page.locator('[aria-current="page"]')));
  await visible(page.getByText('Välj en enhet', { exact: true }));
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  await page.getByTestId('app-nav').getByRole('link', { name: 'Översikt', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Översikt' }));
  const table = page.getByTestId('overview-units');
  await visible(table.getByText('Björkskolan'));
  const text = await table.innerText();
  expect(text).toMatch(/Klar för dialog/);
  expect(text).toMatch(/Fastställd/);
  expect(text).toMatch(/Inte påbörjad/);
  await shot(page, 'demo-organiser-01-overview');
  expect(await scan(page)).toEqual([]);
  await withTheme(page, 'dark');
  await visible(page.getByTestId('overview-units').getByText('Björkskolan'));
  expect(await scan(page)).toEqual([]);
  await shot(page, 'demo-organiser-02-overview-dark');
  await withTheme(page, 'contrast');
  await visible(page.getByTestId('overview-units').getByText('Björkskolan'));
  await shot(page, 'demo-organiser-03-overview-contrast');
});

test('Maria, on the board, reads last year’s published follow-up on her tablet (768 px)', async () => {
  const page = await pageAt({ width: 768, height: 1024 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Maria Sandberg');
  await visible(page.getByRole('heading', { level: 1, name: 'Intranät' }));
  const link = page.getByTestId('intranet-page').getByRole('link', { name: /^Huvudmannens verksamhetsuppföljning 2025\/26/ });
  await visible(link);
  await shot(page, 'demo-board-01-intranet');
  expect(await scan(page)).toEqual([]);
  expect(await sideways(page)).toEqual([]);
  await page.goto((await link.getAttribute('href'))!);
  await visible(page.getByRole('heading', { name: /Huvudmannens verksamhetsuppföljning 2025\/26/ }));
  await shot(page, 'demo-board-02-annual-page');
  expect(await sideways(page)).toEqual([]);
});

test('Noah, 11, answers the open TLD round on his phone (390 px)', async () => {
  const page = await pageAt({ width: 390, height: 844 });
  const bjork = await app.unitId('Björkskolan');
  const round = (await app.services.surveys.rounds('2026/27')).find((r) => r.status === 'open')!;
  const [link] = (await app.services.store.query('surveyLinks', { where: { roundId: round.id, unitId: bjork } })).items;
  await page.goto(`${app.baseUrl}/s/${link.fields.code}`);
  await visible(page.getByText('Hur har du det på Björkskolan?'));
  await shot(page, 'demo-child-01-form');
  expect(await sideways(page)).toEqual([]);
  for (let q = 0; q < 10; q++)
    await page
      .getByRole('radio', { name: q % 3 ? 'Stämmer ganska bra' : 'Stämmer helt och hållet' })
      .nth(q)
      .check();
  await page.getByRole('button', { name: 'Skicka mina svar' }).click();
  await visible(page.getByRole('heading', { name: 'Tack!' }));
  await shot(page, 'demo-child-02-thanks');
});

test('Tomas, admin, lands on the year wheel he looks after, and has no overview of the units', async () => {
  const page = await pageAt({ width: 1280, height: 900 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Tomas Berg');
  // Admin is configuration: the organiser's overview is not his (issue 12.6).
  await visible(page.getByRole('heading', { level: 1, name: 'Årshjul' }));
  await shot(page, 'demo-admin-01-first-screen');
  expect(await page.getByTestId('app-nav').getByRole('link', { name: 'Översikt', exact: true }).count()).toBe(0);
  await eventually(async () => (await page.getByText('Förutsättningsdialoger').count()) > 0, 'the wheel’s events');
  await shot(page, 'demo-admin-02-wheel');
  expect(await scan(page)).toEqual([]);
});

// ---- Issue 18 on the demo: each role's walk touches the year as its people live it.

test('#18 Anna: what waits for her first, the returned plan’s progress, last year’s report with its fetched basis', async () => {
  const page = await pageAt({ width: 1280, height: 900 });
  await page.goto(`${app.baseUrl}/?view=personal`);
  await signInAs(page, 'Anna Berg');
  const waiting = page.getByTestId('waiting');
  const returned = waiting.getByRole('link', { name: 'Åtagandeplan 2026/27 har återsänts: svara på kommentaren' });
  await visible(returned);
  await shot(page, 'demo-18-principal-01-waiting');
  await returned.click();
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Lärkans förskola' }));
  await visible(page.getByTestId('section-progress').getByText(/av \d+ målområden klara/));
  await shot(page, 'demo-18-principal-02-progress');

  const bjork = await app.unitId('Björkskolan');
  await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2025-26&doc=report`);
  await visible(page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2025/26 – Björkskolan' }));
  // Final: read-only, with the TLD figures the demo fetched into it (decimal comma); the marker
  // lines around them are the editor's, so a reader does not see them.
  const tld = page.getByTestId('report-section').filter({ hasText: 'TLD-resultat' }).first();
  await visible(tld.getByText(/Trygghet[^\n]*\d,\d/));
  await tld.scrollIntoViewIfNeeded();
  expect(await page.locator('main').innerText()).not.toContain('▸');
  await shot(page, 'demo-18-principal-03-report-basis', false);
  expect(await scan(page)).toEqual([]);
});

test('#18 Erik: the chart of one measure, then several final documents published at once', async () => {
  const page = await pageAt({ width: 1366, height: 900 });
  await page.goto(`${app.baseUrl}/?view=overview`);
  await signInAs(page, 'Erik Lund');
  const chart = page.getByTestId('measure-chart');
  await visible(chart);
  await chart.getByRole('combobox', { name: 'Mått' }).selectOption({ label: 'Genomsnittligt meritvärde åk 9' });
  await visible(chart.getByTestId('measure-unit').filter({ hasText: 'Sjöviksskolan' }).getByText('223,9'));
  await page.getByTestId('measure-panel').screenshot({ path: 'tests/.artifacts/demo-18-organiser-01-chart.png' });

  await page.goto(`${app.baseUrl}/?view=intranet&year=2025-26`);
  const panel = page.getByTestId('batch-publish');
  await visible(panel.getByRole('heading', { name: 'Fastställda dokument att publicera' }));
  const unpublished = panel.getByTestId('publishable-document').filter({ hasText: 'Inte publicerad' });
  await visible(unpublished);
  const titles = (await unpublished.allInnerTexts()).slice(0, 2).map((t) => t.split('\n')[0].trim());
  for (const t of titles) await panel.getByRole('checkbox', { name: new RegExp(t) }).check();
  await panel.getByRole('button', { name: 'Publicera valda (2)' }).click();
  for (const t of titles)
    await visible(
      panel
        .getByTestId('publishable-document')
        .filter({ hasText: t })
        .getByTestId('publish-outcome')
        .getByText('Publicerad', { exact: true }),
    );
  await shot(page, 'demo-18-organiser-02-published');
  expect(await scan(page)).toEqual([]);
});

test('#18 Maria: the intranet on her tablet, with each page’s PDF', async () => {
  const page = await pageAt({ width: 768, height: 1024 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Maria Sandberg');
  const annual = page.getByTestId('intranet-page').filter({ hasText: 'Huvudmannens verksamhetsuppföljning 2025/26' });
  const pdf = annual.getByRole('link', { name: /^PDF/ });
  await visible(pdf);
  const res = await page.request.get(new URL((await pdf.getAttribute('href'))!, page.url()).toString());
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  await shot(page, 'demo-18-board-01-intranet-pdf');
  expect(await sideways(page)).toEqual([]);
  await page.goto((await annual.locator('a[data-slug]').getAttribute('href'))!);
  await visible(page.getByRole('link', { name: 'Ladda ner som PDF' }));
  await shot(page, 'demo-18-board-02-page-pdf-link', false);
});

test('#18 Tomas: Inställningar, the admin’s screen', async () => {
  const page = await pageAt({ width: 1280, height: 900 });
  await page.goto(app.baseUrl);
  await signInAs(page, 'Tomas Berg');
  await page.getByTestId('app-nav').getByRole('link', { name: 'Inställningar', exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Inställningar' }));
  await visible(page.getByTestId('preset-preview'));
  await shot(page, 'demo-18-admin-01-settings');
  expect(await scan(page)).toEqual([]);
});

test.each([
  ['Anna Berg', 'principal'],
  ['Erik Lund', 'organiser'],
])('#18 %s (%s) has no Inställningar, and the admin API answers 403', async (name) => {
  const page = await pageAt({ width: 1280, height: 900 });
  await page.goto(app.baseUrl);
  await signInAs(page, name);
  const nav = page.getByTestId('app-nav');
  await visible(nav.getByRole('link', { name: 'Intranät', exact: true }));
  expect(await nav.getByRole('link', { name: 'Inställningar', exact: true }).count()).toBe(0);
  expect(await nav.getByRole('link', { name: 'Katalog', exact: true }).count()).toBe(0);

  const http = client(app.baseUrl, await app.tokenFor(name));
  for (const path of ['/api/admin/board-goals', '/api/admin/school-forms', '/api/admin/directory-import', '/api/admin/health']) {
    const res = await http.get(path);
    expect([path, res.status, res.body?.error?.code]).toEqual([path, 403, 'FORBIDDEN']);
  }
  const bjork = await app.unitId('Björkskolan');
  expect((await http.post('/api/admin/presets/2020')).status).toBe(403);
  expect((await http.put(`/api/admin/school-forms/${bjork}`, { schoolForm: 'gr' })).status).toBe(403);
  expect((await http.get('/api/config')).body.documentLabels.plan).toBe('Åtagandeplan'); // the preset stayed

  // Typing the view into the address bar shows no settings, only that they are the admin's.
  await page.goto(`${app.baseUrl}/?view=settings`);
  await visible(page.getByRole('heading', { level: 1, name: 'Inställningar' }));
  await visible(page.getByText(/Det här är administratörens vy/));
  expect(await page.getByRole('button', { name: /Spara|Lägg till|Gäller nu/ }).count()).toBe(0);
  expect(await page.getByText('Det gick inte').count()).toBe(0);
  await shot(page, `demo-18-no-settings-${name.split(' ')[0].toLowerCase()}`);
});
