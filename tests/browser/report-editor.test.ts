/**
 * The Läsårsrapport in a real browser against the real server. Anna follows up last year's final
 * plan and writes the report built from it; the tab will not mark it ready while the analysis is
 * empty; Erik comments and returns it; Anna answers and readies it again; Erik finalises it.
 * Then the version history shows what changed, word by word, and the report goes to Word.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { eventually, shot as shotOf, signInAs as signIn, visible, withTheme } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;
let bjork: string;

const shot = (name: string, fullPage = true) => shotOf(page, name, fullPage);
const signInAs = (name: string, opts?: { samePage?: boolean }) => signIn(page, name, opts);
const status = () => page.getByTestId('document-status');
const reportHeading = () => page.getByRole('heading', { level: 1, name: 'Läsårsrapport 2025/26 – Björkskolan' });
const section = (label: string) => page.getByRole('region', { name: label, exact: true });
const commitment = (title: string) => page.getByRole('article', { name: title });
const saved = () => visible(page.getByTestId('save-indicator').getByText(/^Sparat \d\d:\d\d$/));
const readyButton = () => page.getByRole('button', { name: 'Markera klar för dialog' });

const PROCESS_FIRST = 'Undervisningen varierade mellan arbetslagen.';
const PROCESS_SECOND = 'Undervisningen skilde sig mellan arbetslagen, särskilt i åk 4 där lässtrategierna inte användes.';

useBrowserBed((bed) => ({ app, page } = bed));
beforeAll(async () => {
  bjork = await app.unitId('Björkskolan');
});

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `last-${name}`).catch(() => undefined);
});

test('Anna follows up last year’s final plan, then writes the Läsårsrapport built from it', async () => {
  await page.goto(`${app.baseUrl}/?unitId=${bjork}&year=2025-26`);
  await signInAs('Anna Berg');
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2025/26 – Björkskolan' }));
  await visible(status().getByText('Fastställd'));

  // A final plan still takes follow-ups and outcomes.
  const raster = commitment('Trygghet på raster');
  await raster.getByRole('button', { name: 'Lägg till uppföljning' }).click();
  await page.getByRole('radio', { name: 'Enligt plan' }).check();
  await page.getByLabel('Anteckning').fill('Rastvärdarna finns där eleverna sa att de var otrygga.');
  await page.getByRole('button', { name: 'Lägg till uppföljningen' }).click();
  await visible(raster.getByText('Rastvärdarna finns där eleverna sa att de var otrygga.'));
  const outcome = raster.getByRole('textbox', { name: /^Resultat Rastvärdsschema/ });
  await outcome.fill('Vuxna fanns vid fotbollsplanen och bakom gympasalen varje rast.');
  await outcome.blur();
  await saved();

  // The report, not started, is built from the plan when started.
  await page.getByRole('navigation', { name: 'Enhetens dokument' }).getByRole('link', { name: 'Läsårsrapport' }).click();
  await visible(page.getByText('Läsårsrapporten för 2025/26 är inte påbörjad'));
  expect(new URL(page.url()).searchParams.get('doc')).toBe('report');
  await page.getByRole('button', { name: 'Påbörja läsårsrapporten' }).click();
  await visible(reportHeading());
  await visible(status().getByText('Utkast'));
  await visible(section('Kunskaper'));
  await visible(section('Normer och värden'));

  // Beside each commitment: what the plan said and how it went, read-only.
  const excerpt = commitment('Trygghet på raster').getByTestId('plan-excerpt');
  await visible(excerpt.getByText('Eleverna känner sig trygga på rasterna', { exact: false }));
  await visible(excerpt.getByText('Vuxna fanns vid fotbollsplanen och bakom gympasalen varje rast.'));
  await visible(excerpt.getByText('Rastvärdarna finns där eleverna sa att de var otrygga.'));
  expect(await excerpt.getByRole('textbox').count()).toBe(0);

  const reading = commitment('Läsförståelse i alla ämnen');
  await reading
    .getByRole('textbox', { name: /^Resultat/ })
    .fill('Alla arbetslag använder två lässtrategier; screeningen i april visar framsteg i åk 5–6.');
  await reading.getByRole('textbox', { name: /^Effekter/ }).fill('Fler elever klarar läsförståelsen i åk 6, men inte i åk 4.');
  await raster.getByRole('textbox', { name: /^Resultat/ }).fill('Rastvärdar med aktiviteter varje dag.');
  await commitment('Trygghet på raster')
    .getByRole('textbox', { name: /^Effekter/ })
    .fill('Tryggheten på rasterna ökade enligt TLD.');
  await page.getByRole('textbox', { name: 'TLD-resultat' }).fill('Trygghet 3,4 → 3,7; delaktighet oförändrad.');
  await saved();

  // Not ready while the analysis is empty: the button says why.
  const missing = page.getByTestId('missing-list');
  for (const label of ['Strukturkvalitet', 'Processkvalitet', 'Resultatkvalitet', 'Utvecklingsbehov'])
    await visible(missing.getByText(label, { exact: true }));
  expect(await readyButton().isDisabled()).toBe(true);
  expect(await readyButton().getAttribute('aria-describedby')).toBe(await missing.getAttribute('id'));
  await visible(section('Strukturkvalitet').getByText('Förutsättningarna: organisation, resurser', { exact: false })); // the hint
  await shot('20-report-missing-analysis');

  await page.getByRole('textbox', { name: 'Strukturkvalitet' }).fill('Två tjänster som speciallärare var vakanta under hösten.');
  await page.getByRole('textbox', { name: 'Processkvalitet' }).fill(PROCESS_FIRST);
  await page.getByRole('textbox', { name: 'Resultatkvalitet' }).fill('Målen nåddes i åk 5–6 men inte i åk 4.');
  const needs = section('Utvecklingsbehov');
  await needs.getByRole('button', { name: 'Lägg till utvecklingsbehov' }).click();
  await page.getByRole('textbox', { name: 'Utvecklingsbehov 1' }).fill('Studiero i klassrummen');
  await page.getByRole('combobox', { name: 'Målområde för utvecklingsbehov 1' }).selectOption({ label: 'Normer och värden' });
  await needs.getByRole('button', { name: 'Lägg till utvecklingsbehov' }).click();
  await page.getByRole('textbox', { name: 'Utvecklingsbehov 2' }).fill('Läsförståelse i åk 4');
  await page.getByRole('textbox', { name: 'Utvecklingsbehov 2' }).blur();
  await eventually(async () => (await page.getByTestId('missing-list').count()) === 0, 'the missing list to go once all is saved');
  await saved();
  expect(await readyButton().isDisabled()).toBe(false);
  await shot('21-report-light');

  // Dark theme and a phone: the same report.
  await withTheme(page, 'dark');
  await visible(reportHeading());
  await visible(commitment('Läsförståelse i alla ämnen'));
  await shot('22-report-dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await visible(reportHeading());
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot('23-report-phone-dark');
  await withTheme(page, 'default');
  await shot('23b-report-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await visible(reportHeading());
  expect(await page.getByRole('textbox', { name: 'Utvecklingsbehov 2' }).inputValue()).toBe('Läsförståelse i åk 4');
  expect(await page.getByRole('combobox', { name: 'Målområde för utvecklingsbehov 1' }).inputValue()).toBe('normer-och-varden');

  // Someone empties the analysis just as Anna marks the report ready: the server's refusal is shown.
  await page.route('**/reports/2025-26/status', async (route) => {
    const token = await app.tokenFor('Anna Berg');
    const url = `${app.baseUrl}/api/units/${bjork}/reports/2025-26`;
    const current = await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json();
    const res = await fetch(`${url}/sections`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': current.etag },
      body: JSON.stringify({ updates: [{ sectionKey: 'analysisProcess', value: '' }] }),
    });
    const emptied = await res.json();
    await route.continue({ headers: { ...route.request().headers(), 'if-match': emptied.etag } });
  });
  await readyButton().click();
  const refused = page.getByTestId('transition-error');
  await visible(refused.getByText('Läsårsrapporten kan inte markeras klar för dialog'));
  await visible(refused.getByText('Processkvalitet', { exact: true }));
  await page.unroute('**/reports/2025-26/status');
  await eventually(
    async () => (await page.getByRole('textbox', { name: 'Processkvalitet' }).inputValue()) === '',
    'the emptied field to show',
  );
  await visible(page.getByTestId('missing-list').getByText('Processkvalitet', { exact: true }));
  await shot('24-report-refused');

  await page.getByRole('textbox', { name: 'Processkvalitet' }).fill(PROCESS_FIRST);
  await eventually(async () => (await page.getByTestId('missing-list').count()) === 0, 'the analysis to be saved');
  await readyButton().click();
  await visible(status().getByText('Klar för dialog'));
  await visible(page.getByRole('button', { name: 'Ta tillbaka' }));
});

test('Erik comments on a section and returns the report; Anna answers and readies it; Erik finalises it', async () => {
  await signInAs('Erik Lund', { samePage: true });
  await visible(reportHeading());
  expect(await page.getByRole('textbox', { name: 'Strukturkvalitet' }).count()).toBe(0); // he reads
  await visible(section('Strukturkvalitet').getByText('Två tjänster som speciallärare var vakanta under hösten.'));

  const process = section('Processkvalitet');
  await process.getByRole('button', { name: 'Kommentera – Processkvalitet' }).click();
  const thread = page.getByRole('region', { name: 'Kommentarer – Processkvalitet' });
  await thread.getByRole('textbox', { name: 'Ny kommentar' }).fill('Vad i undervisningen förklarar att åk 4 halkade efter?');
  await thread.getByRole('button', { name: 'Kommentera', exact: true }).click();
  await visible(thread.getByText('Vad i undervisningen förklarar att åk 4 halkade efter?'));
  await visible(process.getByRole('button', { name: '1 kommentar, 1 ohanterad – Processkvalitet' }));
  await shot('25-report-organiser-comment');

  await page.getByRole('button', { name: 'Återsänd med kommentar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återsänd läsårsrapporten' });
  await dialog
    .getByRole('textbox', { name: /Kommentar till rektor/ })
    .fill('Fördjupa analysen av processkvaliteten inför resultatdialogen.');
  await dialog.getByRole('button', { name: 'Återsänd' }).click();
  await visible(status().getByText('Utkast'));

  await signInAs('Anna Berg', { samePage: true });
  await visible(reportHeading());
  // The reason for returning it is open at the top; the section's comment waits beside it.
  const reason = page.getByRole('region', { name: 'Kommentarer – hela läsårsrapporten' });
  await visible(reason.getByText('Fördjupa analysen av processkvaliteten inför resultatdialogen.'));
  // An organiser comment left unanswered would hold the finalising back.
  await reason.getByRole('textbox', { name: 'Svara Erik Lund' }).fill('Analysen är fördjupad.');
  await reason.getByRole('button', { name: 'Svara', exact: true }).click();
  await visible(reason.getByText('Analysen är fördjupad.'));
  await section('Processkvalitet')
    .getByRole('button', { name: /^1 kommentar, 1 ohanterad – Processkvalitet/ })
    .click();
  const answer = page.getByRole('region', { name: 'Kommentarer – Processkvalitet' });
  await answer.getByRole('textbox', { name: 'Svara Erik Lund' }).fill('Lässtrategierna användes inte i åk 4; vi har skrivit in det.');
  await answer.getByRole('button', { name: 'Svara', exact: true }).click();
  await visible(answer.getByText('Lässtrategierna användes inte i åk 4; vi har skrivit in det.'));
  await page.getByRole('textbox', { name: 'Processkvalitet' }).fill(PROCESS_SECOND);
  await page.getByRole('textbox', { name: 'Processkvalitet' }).blur();
  await saved();
  await shot('26-report-principal-answers');
  await readyButton().click();
  await visible(status().getByText('Klar för dialog'));

  await signInAs('Erik Lund', { samePage: true });
  await visible(reportHeading());
  await section('Processkvalitet')
    .getByRole('button', { name: /^2 kommentarer, 1 ohanterad – Processkvalitet/ })
    .click();
  const handled = page.getByRole('region', { name: 'Kommentarer – Processkvalitet' });
  await visible(handled.getByText('Lässtrategierna användes inte i åk 4; vi har skrivit in det.'));
  await handled.getByRole('checkbox', { name: 'Hanterad' }).check();
  await visible(section('Processkvalitet').getByRole('button', { name: '2 kommentarer – Processkvalitet' }));
  await page.getByRole('button', { name: 'Fastställ' }).click();
  await page.getByRole('dialog', { name: 'Fastställ läsårsrapporten?' }).getByRole('button', { name: 'Fastställ' }).click();
  await visible(status().getByText('Fastställd'));
  await eventually(
    async () => (await page.getByRole('button', { name: /^(Markera|Fastställ)/ }).count()) === 0,
    'no more ready or finalise',
  );
  await visible(page.getByRole('button', { name: 'Återsänd med kommentar' })); // a final report can still be returned
});

test('the version history lists who saved what, and shows the changes since a dialogue milestone word by word', async () => {
  await page.getByRole('button', { name: 'Versionshistorik' }).click();
  const panel = page.getByRole('dialog', { name: /^Versionshistorik/ });
  await visible(panel.getByTestId('versions'));
  const versions = panel.getByTestId('versions').getByRole('listitem');
  expect(await versions.count()).toBeGreaterThan(5);
  await visible(versions.first().getByText('Fastställd'));
  await visible(versions.filter({ hasText: 'Klar för dialog' }).first().getByText('Anna Berg'));
  // By default since the last milestone: the final version, so nothing has changed since.
  await visible(panel.getByText('Inga ändringar.'));

  // Since the first time it was ready for dialogue: Anna's deeper analysis.
  const firstReady = versions.filter({ has: page.getByText('Klar för dialog', { exact: true }) }).last();
  await firstReady.getByRole('button', { name: /^Visa ändringar sedan/ }).click();
  const changes = panel.getByTestId('changes');
  const processChange = changes.getByRole('region', { name: 'Processkvalitet' });
  await visible(processChange.getByText('Ändrat'));
  await visible(processChange.locator('ins').filter({ hasText: 'särskilt' }));
  await visible(processChange.locator('del').filter({ hasText: 'varierade' }));
  // The change is named in text too (for screen readers), not only by colour and line.
  expect(await processChange.locator('ins').first().textContent()).toMatch(/^Tillagt: /);
  await shot('27-history-diff', false);

  // The select offers every version.
  const select = panel.getByRole('combobox', { name: 'Visa ändringar sedan…' });
  expect(await select.locator('option').count()).toBe((await versions.count()) + 1);
  await panel.getByRole('button', { name: 'Stäng' }).click();
  await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the panel to close');
});

test('the report and the plan export to Word', async () => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Läsårsrapport 2025\/26 Björkskolan\.docx$|\.docx$/);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.length).toBeGreaterThan(2000);

  await page.getByRole('navigation', { name: 'Enhetens dokument' }).getByRole('link', { name: 'Åtagandeplan' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2025/26 – Björkskolan' }));
  const planDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const planFile = await planDownload;
  expect(planFile.suggestedFilename()).toMatch(/\.docx$/);
  expect(
    readFileSync((await planFile.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
});
