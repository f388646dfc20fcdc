/**
 * The tab in a real browser against the real server: Anna starts and fills in Björkskolan's
 * Åtagandeplan, Lisa (staff) and Erik (organiser) read plans without edit controls.
 * Needs the built tab (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = 15_000;

jest.setTimeout(120_000);

let app: TestApp;
let ctx: BrowserContext;
let page: Page;
let profile: string;

const shot = (name: string, fullPage = true) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage, animations: 'disabled' });

/** Waits until the locator is visible (playwright-core has no test runner's expect). */
const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: WAIT });

async function eventually(check: () => Promise<boolean>, what: string) {
  const until = Date.now() + WAIT;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

async function signInAs(name: string) {
  const switchUser = page.getByRole('button', { name: 'Byt användare' });
  if (await switchUser.isVisible()) await switchUser.click();
  await visible(page.getByRole('heading', { name: /Välj demoanvändare/ }));
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await visible(page.getByTestId('signed-in-person').getByText(name));
}

const planHeading = (unit: string, year = '2026/27') => page.getByRole('heading', { level: 1, name: `Åtagandeplan ${year} – ${unit}` });
const goalArea = (label: string) => page.getByRole('region', { name: label, exact: true });
const commitment = (title: string) => page.getByRole('article', { name: title });
const editButtons = () => page.getByRole('button', { name: /^(Ändra|Ta bort|Lägg till|Påbörja)/ });

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'tabs', 'index.html'))) {
    throw new Error('dist/tabs/index.html is missing: run npm run build first');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startTestApp();
  profile = mkdtempSync(join(tmpdir(), 'chrome-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  // The page's clock agrees with the server's: "today" is the demo day.
  await ctx.clock.setFixedTime(DEMO_NOW);
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(WAIT);
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

// The screen as each test left it: the first thing to look at when one fails.
afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await page?.screenshot({ path: join(ARTIFACTS, `last-${name}.png`), fullPage: true }).catch(() => undefined);
});

afterAll(async () => {
  await ctx?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('Anna, principal, starts Björkskolan’s plan and builds the effect chain', async () => {
  await page.goto(app.baseUrl);
  await visible(page.getByText('Lokalt demoläge'));
  await shot('01-sign-in');
  await signInAs('Anna Berg');

  await page.getByRole('navigation', { name: 'Enheter' }).getByRole('link', { name: /Björkskolan/ }).click();
  await visible(planHeading('Björkskolan'));
  expect(await page.getByRole('combobox', { name: 'Läsår' }).inputValue()).toBe('2026/27');
  await visible(page.getByText('Åtagandeplanen för 2026/27 är inte påbörjad'));
  await shot('02-not-started');

  await page.getByRole('button', { name: 'Påbörja åtagandeplanen' }).click();
  await visible(goalArea('Kunskaper'));
  await visible(goalArea('Kunskaper').getByText('Obligatoriskt'));
  expect(await goalArea('Kunskaper').getByRole('button', { name: /^Ta bort målområdet/ }).count()).toBe(0);
  expect(await page.getByTestId('plan-status').textContent()).toBe('Utkast');

  await page.getByRole('combobox', { name: 'Målområde' }).selectOption({ label: 'Normer och värden' });
  await page.getByRole('button', { name: 'Lägg till målområde' }).click();
  await visible(goalArea('Normer och värden'));
  await visible(page.getByRole('status').getByText('Sparat'));
  await visible(goalArea('Normer och värden').getByRole('button', { name: 'Ta bort målområdet Normer och värden' }));

  await page.getByRole('button', { name: 'Lägg till åtagande under Kunskaper' }).click();
  await page.getByLabel('Åtagande (rubrik)').fill('Läsförståelse i alla ämnen');
  await page.getByLabel('Vad vi åtar oss').fill('Alla lärare arbetar med gemensamma lässtrategier i sin undervisning.');
  await page.getByLabel('Tänkta effekter').fill('Fler elever förstår och kan resonera om det de läser.');
  await page.getByRole('button', { name: 'Lägg till åtagandet' }).click();
  const reading = commitment('Läsförståelse i alla ämnen');
  await visible(reading);
  await visible(reading.getByText('Fler elever förstår och kan resonera om det de läser.'));
  await visible(reading.getByText('Inte uppföljd ännu'));

  await reading.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await page.getByRole('textbox', { name: 'Aktivitet', exact: true }).fill('Kollegialt lärande om lässtrategier');
  await page.getByLabel('Vad den ska leda till').fill('Varje arbetslag prövar två strategier per termin.');
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await visible(reading.getByText('Kollegialt lärande om lässtrategier'));
  await visible(reading.getByText('Varje arbetslag prövar två strategier per termin.'));

  await reading.getByRole('button', { name: 'Lägg till uppföljning' }).click();
  expect(await page.getByLabel('Datum').inputValue()).toBe('2026-11-23'); // defaults to today
  await page.getByRole('radio', { name: 'Risk för avvikelse' }).check();
  await page.getByLabel('Anteckning').fill('Åk 4 behöver mer stöd; specialpedagogen förstärker.');
  await page.getByRole('button', { name: 'Lägg till uppföljningen' }).click();
  await visible(reading.getByText('Åk 4 behöver mer stöd; specialpedagogen förstärker.'));
  const summary = reading.getByTestId('commitment-summary');
  await visible(summary.getByText('Risk för avvikelse'));
  await visible(summary.getByText('senast uppföljd i dag'));
  await shot('03-plan-filled');

  // The place is in the URL: a reload lands on the same plan, with everything saved.
  expect(new URL(page.url()).searchParams.get('unitId')).toBe(await app.unitId('Björkskolan'));
  await page.reload();
  await visible(planHeading('Björkskolan'));
  for (const text of [
    'Normer och värden',
    'Läsförståelse i alla ämnen',
    'Alla lärare arbetar med gemensamma lässtrategier i sin undervisning.',
    'Fler elever förstår och kan resonera om det de läser.',
    'Kollegialt lärande om lässtrategier',
    'Varje arbetslag prövar två strategier per termin.',
    'Åk 4 behöver mer stöd; specialpedagogen förstärker.',
  ]) {
    await visible(page.getByText(text, { exact: true }));
  }
  await visible(goalArea('Kunskaper').getByText('Obligatoriskt'));
  await visible(commitment('Läsförståelse i alla ämnen').getByTestId('commitment-summary').getByText('Risk för avvikelse'));
});

test('a conflicting change by someone else is shown, and what Anna typed is kept', async () => {
  // Someone else (the same principal, in another window) adds a commitment behind the page's back.
  const token = await app.tokenFor('Anna Berg');
  const unitId = await app.unitId('Björkskolan');
  const url = `${app.baseUrl}/api/units/${unitId}/plans/2026-27`;
  const current = await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json();
  const normer = current.plan.goalAreas.find((g: { label: string }) => g.label === 'Normer och värden');
  const res = await fetch(`${url}/goal-areas/${normer.id}/commitments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': current.etag },
    body: JSON.stringify({ title: 'Trygga raster' }),
  });
  expect(res.status).toBe(200);

  const reading = commitment('Läsförståelse i alla ämnen');
  await reading.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await page.getByRole('textbox', { name: 'Aktivitet', exact: true }).fill('Läsloggar i åk 4–6');
  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
  await visible(page.getByText('Någon annan har ändrat planen medan du arbetade.', { exact: false }));
  await visible(commitment('Trygga raster')); // the other person's version is shown
  expect(await page.getByRole('textbox', { name: 'Aktivitet', exact: true }).inputValue()).toBe('Läsloggar i åk 4–6');
  await shot('04-conflict');

  await page.getByRole('button', { name: 'Lägg till aktiviteten' }).click(); // saved against the new version
  await visible(reading.getByText('Läsloggar i åk 4–6'));
  await eventually(async () => (await page.getByText('Någon annan har ändrat planen').count()) === 0, 'the conflict message to go');

  // Removing asks first.
  await page.getByRole('button', { name: 'Ta bort åtagandet Trygga raster' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort åtagandet?' });
  await visible(dialog.getByText('”Trygga raster” tas bort', { exact: false }));
  await shot('04b-confirm-remove', false);
  await dialog.getByRole('button', { name: 'Ta bort åtagandet' }).click();
  await eventually(async () => (await commitment('Trygga raster').count()) === 0, 'Trygga raster to be removed');
});

test('the third goal area is the last: adding is closed and says why', async () => {
  const select = page.getByRole('combobox', { name: 'Målområde' });
  await select.selectOption({ index: 1 });
  const chosen = (await select.locator('option:checked').textContent())!.trim();
  await page.getByRole('button', { name: 'Lägg till målområde' }).click();
  await visible(goalArea(chosen));
  expect(await page.getByTestId('goal-area').count()).toBe(3);

  const add = page.getByRole('button', { name: 'Lägg till målområde' });
  await eventually(() => add.isDisabled(), 'Lägg till målområde to be disabled');
  expect(await select.isDisabled()).toBe(true);
  await visible(page.getByText('Högst 3 målområden får prioriteras', { exact: false }));
  expect(await add.getAttribute('aria-describedby')).toBe(await page.getByTestId('goal-area-limit').getAttribute('id'));
  await shot('05-max-goal-areas');
});

test('Lisa, staff at Björkskolan, reads the plan without edit controls', async () => {
  await signInAs('Lisa Ström');
  // Her only unit opens by itself.
  await visible(planHeading('Björkskolan'));
  await visible(commitment('Läsförståelse i alla ämnen'));
  await visible(page.getByText('Åk 4 behöver mer stöd; specialpedagogen förstärker.'));
  await visible(page.getByTestId('read-only-note').getByText('Du kan läsa men inte ändra planen', { exact: false }));
  expect(await editButtons().count()).toBe(0);
  expect(await page.getByRole('form').count()).toBe(0);
  await shot('06-staff-read-only');
});

test('Erik, organiser, sees all 13 units and reads Sjöviksskolan’s plan', async () => {
  await signInAs('Erik Lund');
  const nav = page.getByRole('navigation', { name: 'Enheter' });
  await visible(nav.getByRole('link'));
  expect(await nav.getByRole('link').count()).toBe(13);
  await visible(nav.getByRole('group', { name: 'Förskola' }));

  await nav.getByRole('link', { name: 'Sjöviksskolan' }).click();
  await visible(planHeading('Sjöviksskolan'));
  await visible(page.getByTestId('commitment'));
  await visible(page.getByTestId('read-only-note'));
  expect(await editButtons().count()).toBe(0);
  await shot('07-organiser-read-only');

  // Last year's plan is final.
  await page.getByRole('combobox', { name: 'Läsår' }).selectOption('2025/26');
  await visible(planHeading('Sjöviksskolan', '2025/26'));
  await visible(page.getByTestId('plan-status').getByText('Fastställd'));
  await visible(page.getByText('Planen är fastställd.', { exact: false }));
  expect(new URL(page.url()).searchParams.get('year')).toBe('2025-26');
  await page.goBack();
  await visible(planHeading('Sjöviksskolan'));
});

test('the channel tab configuration page lists the units to pick from', async () => {
  await page.goto(`${app.baseUrl}/config.html`); // still signed in as Erik (the token is kept per browser tab)
  const unit = page.getByRole('combobox', { name: 'Enhet' });
  await visible(unit);
  expect(await unit.locator('option').count()).toBe(14); // "Välj enhet…" and the 13 units
  await unit.selectOption({ label: 'Sjöviksskolan (Grundskola 7–9)' });
  await shot('11-config-page');
  await page.goto(app.baseUrl);
});

test('phone width and dark theme', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visible(page.getByRole('combobox', { name: 'Enhet' }));
  expect(await page.getByRole('navigation', { name: 'Enheter' }).isVisible()).toBe(false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot('08-phone');

  await signInAs('Anna Berg');
  const unitId = await app.unitId('Björkskolan');
  await page.goto(`${app.baseUrl}/?theme=dark&unitId=${unitId}&year=2026-27`);
  await visible(planHeading('Björkskolan'));
  await visible(commitment('Läsförståelse i alla ämnen'));
  const overflowAnna = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflowAnna).toBeLessThanOrEqual(0);
  await shot('09-phone-dark');

  await page.setViewportSize({ width: 1280, height: 900 });
  await shot('10-dark');
});
