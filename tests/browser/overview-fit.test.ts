/**
 * The organiser's overview in a 1280×800 Teams tab: the units' table fits beside the navigation
 * without sideways scroll, also with 300 units of long names (the seeded overview's units copied,
 * renamed as real units are named), in the light, dark and contrast themes; at 1024 px it scrolls
 * inside its own region, never the page. Nothing is cut off: every name and key figure is whole.
 */
import type { Page, Route } from 'playwright-core';
import { useBrowserBed } from '../support/browser-bed';
import type { TestApp } from '../support/test-app';
import { axeScan, shot, signInAs, visible } from './helpers';

jest.setTimeout(240_000);

let app: TestApp;
let page: Page;
useBrowserBed((bed) => ({ app, page } = bed), { env: { SKA_SEED_DEMO: 'year' }, viewport: { width: 1280, height: 800 } });

/** Names as long as real units have (a compound word of 37 letters among them). */
const LONG_NAMES = [
  'Sjöviks kommunala gymnasieskola, Naturvetenskapsprogrammet och Teknikprogrammet',
  'Norra Strandängens förskola med pedagogisk omsorg',
  'Grundsärskolan vid Tallidens skola, årskurs 1–9',
  'Kvalitetsutvecklingscentrumsförskolan i Övre Sjövik',
];
const UNITS = 300;

/** The overview's real answer, its units copied to 300 with long names. */
async function manyLongNames(route: Route) {
  const response = await route.fetch();
  const overview = await response.json();
  const seeded = overview.units as { unit: { id: string; name: string } }[];
  overview.units = Array.from({ length: UNITS }, (_, i) => {
    const u = structuredClone(seeded[i % seeded.length]);
    u.unit = { ...u.unit, id: `${u.unit.id}-${i}`, name: `${LONG_NAMES[i % LONG_NAMES.length]} ${i + 1}` };
    return u;
  });
  await route.fulfill({ response, json: overview });
}

async function openOverview(query = '') {
  await page.goto(`${app.baseUrl}/?view=overview${query}`);
  await visible(page.getByTestId('overview-unit'));
}

/** The table's region and the page: how wide their content is against what they show. */
const widths = () =>
  page.getByTestId('overview-units').evaluate((table) => {
    const region = table.parentElement!;
    return {
      region: { scroll: region.scrollWidth, client: region.clientWidth },
      page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth },
    };
  });

beforeAll(async () => {
  await page.goto(`${app.baseUrl}/?view=overview`);
  await signInAs(page, 'Erik Lund');
});

test('at 1280 px the seeded overview fits without sideways scroll, in every theme, axe clean', async () => {
  for (const theme of ['', '&theme=dark', '&theme=contrast']) {
    await openOverview(theme);
    const w = await widths();
    // (the theme in the object, so a failure says which)
    expect({ theme, ...w.region, fits: w.region.scroll <= w.region.client }).toMatchObject({ theme, fits: true });
    expect(w.page.scroll).toBeLessThanOrEqual(w.page.client);
    expect(await axeScan(page)).toEqual([]);
    await shot(page, `overview-fit-1280${theme.replace('&theme=', '-') || '-light'}`, false);
  }
});

describe('with 300 units of long names', () => {
  beforeAll(() => page.route('**/api/overview/**', manyLongNames));
  afterAll(() => page.unroute('**/api/overview/**'));

  test('at 1280×800 the table fits, and every name and key figure is shown whole', async () => {
    await openOverview();
    expect(await page.getByTestId('overview-unit').count()).toBe(UNITS);
    const w = await widths();
    expect(w.region.scroll).toBeLessThanOrEqual(w.region.client);
    expect(w.page.scroll).toBeLessThanOrEqual(w.page.client);
    const names = (await page.getByTestId('overview-unit').getByRole('rowheader').allInnerTexts()).map((t) => t.split('\n')[0]);
    expect(names).toEqual(expect.arrayContaining(LONG_NAMES.map((n, i) => `${n} ${i + 1}`)));
    // No cell clips its text (an ellipsis or a cut-off word loses what the column says); 1 px: screen-reader text.
    const clipped = await page.getByTestId('overview-units').evaluate((table) =>
      [...table.querySelectorAll<HTMLElement>('th, td, td *')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1 && getComputedStyle(e).overflowX === 'hidden')
        .map((e) => e.textContent)
        .slice(0, 5),
    );
    expect(clipped).toEqual([]);
    await shot(page, 'overview-fit-1280-300-long-names', false);
  });

  test('at 1024 px the table scrolls inside its region, the page does not', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await openOverview();
      const w = await widths();
      expect(w.page.scroll).toBeLessThanOrEqual(w.page.client);
      const region = page.getByRole('region', { name: 'Enheterna i översikten' });
      expect(await region.evaluate((r) => getComputedStyle(r).overflowX)).toBe('auto');
      await shot(page, 'overview-fit-1024-300-long-names', false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
