/**
 * The tab in a real browser against the real server: Anna starts and fills in Björkskolan's
 * Åtagandeplan, Lisa (staff) and Erik (organiser) read plans without edit controls.
 * Needs the built tab (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { axeCheck, eventually, shot as shotOf, signInAs as signIn, visible } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;
const axeLog: Record<string, string[]> = {};

const shot = (name: string, fullPage = true) => shotOf(page, name, fullPage);
const signInAs = (name: string, opts?: { samePage?: boolean }) => signIn(page, name, opts);

const planHeading = (unit: string, year = '2026/27') => page.getByRole('heading', { level: 1, name: `Åtagandeplan ${year} – ${unit}` });
const goalArea = (label: string) => page.getByRole('region', { name: label, exact: true });
const commitment = (title: string) => page.getByRole('article', { name: title });
const editButtons = () => page.getByRole('button', { name: /^(Ändra|Ta bort|Lägg till|Påbörja|Markera|Fastställ|Återsänd)/ });
const status = () => page.getByTestId('document-status');

useBrowserBed((bed) => ({ app, page } = bed));

// The screen as each test left it: the first thing to look at when one fails.
afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `last-${name}`).catch(() => undefined);
});

test('Anna, principal, starts Björkskolan’s plan and builds the effect chain', async () => {
  await page.goto(app.baseUrl);
  await visible(page.getByText('Lokalt demoläge'));
  await shot('01-sign-in');
  await signInAs('Anna Berg');

  await page
    .getByRole('navigation', { name: 'Enheter' })
    .getByRole('link', { name: /Björkskolan/ })
    .click();
  await visible(planHeading('Björkskolan'));
  expect(await page.getByRole('combobox', { name: 'Läsår' }).inputValue()).toBe('2026/27');
  await visible(page.getByText('Åtagandeplanen för 2026/27 är inte påbörjad'));

  // Last year's unfinished commitments are offered, ticked; Anna starts with an empty plan this time.
  const lastYear = page.getByRole('group', { name: 'Åtaganden från 2025/26' });
  await visible(lastYear.getByRole('checkbox', { name: /Läsförståelse i alla ämnen/ }));
  expect(await lastYear.getByRole('checkbox', { name: /Läsförståelse i alla ämnen/ }).isChecked()).toBe(true);
  expect(await axeCheck(page, 'plan not started (carry-over), light', axeLog)).toEqual([]);
  await shot('02-not-started');
  await page.getByRole('button', { name: 'Påbörja en tom plan' }).click();
  await visible(goalArea('Kunskaper'));
  await visible(goalArea('Kunskaper').getByText('Obligatoriskt'));
  expect(
    await goalArea('Kunskaper')
      .getByRole('button', { name: /^Ta bort målområdet/ })
      .count(),
  ).toBe(0);
  expect(await status().textContent()).toBe('Utkast');

  await page.getByRole('combobox', { name: 'Målområde' }).selectOption({ label: 'Normer och värden' });
  await page.getByRole('button', { name: 'Lägg till målområde' }).click();
  await visible(goalArea('Normer och värden'));
  await visible(page.getByRole('status').getByText('Sparat'));
  await visible(goalArea('Normer och värden').getByRole('button', { name: 'Ta bort målområdet Normer och värden' }));

  await page.getByRole('button', { name: 'Lägg till åtagande under Kunskaper' }).click();
  await page.getByLabel('Åtagande (rubrik)').fill('Läsförståelse i alla ämnen');
  await page.getByLabel('Vad vi åtar oss').fill('Alla lärare arbetar med gemensamma lässtrategier i sin undervisning.');
  await page.getByLabel('Tänkta effekter').fill('Fler elever förstår och kan resonera om det de läser.');
  await page
    .getByRole('group', { name: 'Nämndens mål' })
    .getByRole('checkbox', { name: /utvecklas så långt som möjligt/ })
    .check();
  await page.getByRole('group', { name: 'Framgångsfaktorer' }).getByRole('checkbox', { name: 'Professionell utveckling' }).check();
  await page.getByRole('button', { name: 'Lägg till åtagandet' }).click();
  const reading = commitment('Läsförståelse i alla ämnen');
  await visible(reading);
  // Board goals and success factors are shown as tags, by name.
  await visible(
    reading.getByTestId('commitment-tags').getByText('Alla barn och elever utvecklas så långt som möjligt mot utbildningens mål'),
  );
  await visible(reading.getByTestId('commitment-tags').getByText('Professionell utveckling'));
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

  // The activity's outcome saves itself as Anna types.
  await reading.getByRole('textbox', { name: /^Resultat Kollegialt lärande/ }).fill('Två av tre arbetslag har prövat strategierna.');
  await visible(page.getByTestId('save-indicator').getByText(/Sparat \d\d:\d\d/));
  await shot('03-plan-filled');
  expect(await axeCheck(page, 'plan editor, light', axeLog)).toEqual([]);

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
    'Professionell utveckling',
  ]) {
    await visible(page.getByText(text, { exact: true }));
  }
  expect(await reading.getByRole('textbox', { name: /^Resultat Kollegialt lärande/ }).inputValue()).toBe(
    'Två av tre arbetslag har prövat strategierna.',
  );
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
  // The dialog closed before its card went: the page is not left hidden from assistive technology.
  await eventually(async () => (await page.locator('#root').getAttribute('aria-hidden')) === null, 'the page to be readable again');
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
  await signInAs('Erik Lund', { samePage: true });
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
  await visible(status().getByText('Fastställd'));
  await visible(page.getByText('Planen är fastställd.', { exact: false }));
  expect(new URL(page.url()).searchParams.get('year')).toBe('2025-26');
  await page.goBack();
  await visible(planHeading('Sjöviksskolan'));
});

test('the plan goes to dialogue, is returned with a comment, answered, readied again and finalised', async () => {
  await signInAs('Anna Berg');
  const unitId = await app.unitId('Björkskolan');
  // A plan goes to dialogue only when every prioritised goal area has a commitment (completeness):
  // give the ones the earlier steps left empty one each, as Anna would.
  const auth = { authorization: `Bearer ${await app.tokenFor('Anna Berg')}`, 'content-type': 'application/json' };
  const planUrl = `${app.baseUrl}/api/units/${unitId}/plans/2026-27`;
  let doc = (await (await fetch(planUrl, { headers: auth })).json()) as any;
  for (const area of doc.plan.goalAreas.filter((a: any) => a.commitments.length === 0)) {
    const res = await fetch(`${planUrl}/goal-areas/${area.id}/commitments`, {
      method: 'POST',
      headers: { ...auth, 'if-match': doc.etag },
      body: JSON.stringify({ title: `Åtagande för ${area.label}` }),
    });
    expect(res.status).toBeLessThan(300);
    doc = await res.json();
  }
  await page.goto(`${app.baseUrl}/?unitId=${unitId}&year=2026-27`);
  await visible(planHeading('Björkskolan'));
  await page.getByRole('button', { name: 'Markera klar för dialog' }).click();
  await visible(status().getByText('Klar för dialog'));
  await visible(page.getByRole('button', { name: 'Ta tillbaka' }));

  await signInAs('Erik Lund', { samePage: true });
  await visible(planHeading('Björkskolan'));
  await page.getByRole('button', { name: 'Återsänd med kommentar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återsänd åtagandeplanen' });
  await dialog.getByRole('button', { name: 'Återsänd' }).click();
  await visible(dialog.getByText('Skriv en kommentar.')); // a comment is required
  await dialog.getByRole('textbox', { name: /Kommentar till rektor/ }).fill('Beskriv hur ni ska följa upp läsförståelsen i åk 4.');
  await shot('12-return-with-comment', false);
  await dialog.getByRole('button', { name: 'Återsänd' }).click();
  await visible(status().getByText('Utkast'));

  await signInAs('Anna Berg', { samePage: true });
  await visible(planHeading('Björkskolan'));
  // The returned plan's comment is open for her, with a way to answer.
  const thread = page.getByRole('region', { name: 'Kommentarer – hela åtagandeplanen' });
  await visible(thread.getByText('Beskriv hur ni ska följa upp läsförståelsen i åk 4.'));
  await thread.getByRole('textbox', { name: 'Svara Erik Lund' }).fill('Vi lägger till en screening i januari.');
  await thread.getByRole('button', { name: 'Svara' }).click();
  await visible(thread.getByText('Vi lägger till en screening i januari.'));
  await page.getByRole('button', { name: 'Markera klar för dialog' }).click();
  await visible(status().getByText('Klar för dialog'));

  await signInAs('Erik Lund', { samePage: true });
  await visible(planHeading('Björkskolan'));
  await page.getByRole('button', { name: 'Fastställ' }).click();
  await page.getByRole('dialog', { name: 'Fastställ åtagandeplanen?' }).getByRole('button', { name: 'Fastställ' }).click();
  await visible(status().getByText('Fastställd'));

  // In the final plan the structure is closed, follow-ups and outcomes are not.
  await signInAs('Anna Berg', { samePage: true });
  await visible(planHeading('Björkskolan'));
  await visible(status().getByText('Fastställd'));
  await visible(page.getByText('Du kan fortfarande lägga till uppföljningar', { exact: false }));
  const reading = commitment('Läsförståelse i alla ämnen');
  expect(await page.getByRole('button', { name: /^Lägg till åtagande/ }).count()).toBe(0);
  expect(await reading.getByRole('button', { name: /^Ändra åtagandet/ }).count()).toBe(0);
  await visible(reading.getByRole('button', { name: 'Lägg till uppföljning' }));
  const outcome = reading.getByRole('textbox', { name: /^Resultat Kollegialt lärande/ });
  await outcome.fill('Alla arbetslag har prövat strategierna.');
  await outcome.blur();
  await visible(page.getByTestId('save-indicator').getByText(/Sparat/));
  await shot('13-final-plan');
});

test('Mats starts Åsens skola’s plan from last year: the goal-area maximum is explained before starting', async () => {
  // Last year's report names development needs in two more goal areas.
  const unitId = await app.unitId('Åsens skola');
  const token = await app.tokenFor('Mats Nilsson');
  const reportUrl = `${app.baseUrl}/api/units/${unitId}/reports/2025-26`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const report = await (await fetch(reportUrl, { method: 'POST', headers })).json();
  const needs = [
    { text: 'Fler vårdnadshavare på utvecklingssamtalen', goalAreaKey: 'skola-och-hem' },
    { text: 'Tydligare ledning av det kollegiala lärandet', goalAreaKey: 'rektorns-ansvar' },
  ];
  const written = await fetch(`${reportUrl}/sections`, {
    method: 'PATCH',
    headers: { ...headers, 'if-match': report.etag },
    body: JSON.stringify({ updates: [{ sectionKey: 'developmentNeeds', value: needs }] }),
  });
  expect(written.status).toBe(200);

  await signInAs('Mats Nilsson');
  await page.goto(`${app.baseUrl}/?unitId=${unitId}&year=2026-27`);
  await visible(planHeading('Åsens skola'));
  const start = page.getByRole('button', { name: 'Påbörja från förra läsåret' });
  await visible(start);
  await visible(
    page.getByTestId('carry-over-warning').getByText('Urvalet ger 4 målområden, men högst 3 får prioriteras', { exact: false }),
  );
  expect(await start.isDisabled()).toBe(true);
  expect(await start.getAttribute('aria-describedby')).toBe(await page.getByTestId('carry-over-warning').getAttribute('id'));
  await shot('14-carry-over-warning');

  await page.getByRole('checkbox', { name: /Trygghet på raster/ }).uncheck();
  await eventually(async () => (await page.getByTestId('carry-over-warning').count()) === 0, 'the warning to go');
  await visible(
    page.getByTestId('carry-over-areas').getByText('Kunskaper, Skola och hem, Rektorns ansvar (3 av högst 3)', { exact: false }),
  );
  await start.click();
  await visible(goalArea('Skola och hem'));
  await visible(commitment('Läsförståelse i alla ämnen'));
  await visible(commitment('Fler vårdnadshavare på utvecklingssamtalen'));
  await visible(commitment('Tydligare ledning av det kollegiala lärandet'));
  expect(await page.getByTestId('goal-area').count()).toBe(3);
  expect(await commitment('Trygghet på raster').count()).toBe(0);
});

test('the channel tab configuration page lists the units to pick from', async () => {
  await signInAs('Erik Lund');
  await page.goto(`${app.baseUrl}/config.html`); // the token is kept per browser tab
  const unit = page.getByRole('combobox', { name: 'Enhet' });
  await visible(unit);
  expect(await unit.locator('option').count()).toBe(14); // "Välj enhet…" and the 13 units
  await unit.selectOption({ label: 'Sjöviksskolan (Grundskola 7–9)' });
  await shot('11-config-page');
  await page.goto(app.baseUrl);
});

test('phone width and dark theme', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs('Erik Lund');
  // The organiser lands on Översikt; the units are one step away, picked from a list on a phone.
  await visible(page.getByRole('heading', { level: 1, name: 'Översikt' }));
  await page.getByTestId('app-nav').getByRole('link', { name: 'Enheter', exact: true }).click();
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
