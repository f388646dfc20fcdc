/**
 * Completeness in the tab, against the real server: progress per goal area ("klar"/"saknas"), what
 * is missing said before each status change, the server's 422 shown when the tab's list was stale,
 * and an empty development need that is neither saved nor shown as "1.".
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { useBrowserBed } from '../support/browser-bed';
import { axeCheck, eventually, shot as shotOf, signInAs, visible } from './helpers';

jest.setTimeout(120_000);

let app: TestApp;
let page: Page;
let unitId = '';
const axeLog: Record<string, string[]> = {};

const planHeading = () => page.getByRole('heading', { level: 1, name: 'Åtagandeplan 2026/27 – Norrbackaskolan' });
const progress = () => page.getByTestId('section-progress');
const readyButton = () => page.getByRole('button', { name: 'Markera klar för dialog' });

async function actor(name: string) {
  const people = await app.services.directory.people();
  return app.services.directory.actorFor(people.find((p) => p.displayName === name)!);
}

useBrowserBed((bed) => ({ app, page } = bed));
beforeAll(async () => {
  unitId = await app.unitId('Norrbackaskolan');
  // A second prioritised goal area with nothing in it yet.
  const sofia = await actor('Sofia Lind');
  const doc = (await app.services.plans.get(sofia, unitId, '2026/27'))!;
  await app.services.plans.addGoalArea(sofia, unitId, '2026/27', doc.etag, 'normer-och-varden');
});

afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
  await shotOf(page, `last-completeness-${name}`).catch(() => undefined);
});

test('Sofia sees each goal area as klar or saknas, and what stands in the way of "klar för dialog"', async () => {
  await page.goto(app.baseUrl);
  await signInAs(page, 'Sofia Lind');
  await page.goto(`${app.baseUrl}/?unitId=${unitId}&year=2026-27`);
  await visible(planHeading());
  await visible(progress().getByText('1 av 2 målområden klara'));
  expect(await progress().locator('[data-state="klar"]').innerText()).toMatch(/Kunskaper\s*klar/);
  expect(await progress().locator('[data-state="saknas"]').innerText()).toMatch(/Normer och värden\s*saknas/);

  const missing = page.getByTestId('missing-list');
  await visible(missing.getByText('Normer och värden: minst ett åtagande', { exact: true }));
  expect(await readyButton().getAttribute('aria-disabled')).toBe('true');
  expect(await readyButton().getAttribute('aria-describedby')).toBe(await missing.getAttribute('id'));
  expect(await axeCheck(page, 'plan with an empty goal area', axeLog)).toEqual([]);
  await shotOf(page, '40-plan-progress-missing');

  // A commitment in the empty goal area (written elsewhere): after a reload it is klar and the plan can go to dialogue.
  const sofia = await actor('Sofia Lind');
  const doc = (await app.services.plans.get(sofia, unitId, '2026/27'))!;
  const area = doc.plan.goalAreas.find((g) => g.key === 'normer-och-varden')!;
  await app.services.plans.addCommitment(sofia, unitId, '2026/27', doc.etag, area.id, { title: 'Studiero i klassrummet' });
  await page.reload();
  await visible(progress().getByText('2 av 2 målområden klara'));
  expect(await page.getByTestId('missing-list').count()).toBe(0);
  await readyButton().click();
  await visible(page.getByTestId('document-status').getByText('Klar för dialog'));
});

test('Erik is told an unanswered comment holds the finalising back, and the server says so when he tries', async () => {
  const erik = await actor('Erik Lund');
  await app.services.comments.add(
    erik,
    { kind: 'plan', unitId, schoolYear: '2026/27' },
    { anchor: 'goalArea:normer-och-varden', body: 'Hur mäter ni studieron?' },
  );
  await signInAs(page, 'Erik Lund');
  await page.goto(`${app.baseUrl}/?unitId=${unitId}&year=2026-27`);
  await visible(planHeading());
  const before = page.getByTestId('missing-list');
  await visible(before.getByText('Innan åtagandeplanen kan fastställas saknas:'));
  await visible(before.getByText('Obesvarad kommentar: Normer och värden', { exact: true }));
  await shotOf(page, '41-plan-finalise-missing');

  await page.getByRole('button', { name: 'Fastställ' }).click();
  await page.getByRole('dialog', { name: 'Fastställ åtagandeplanen?' }).getByRole('button', { name: 'Fastställ' }).click();
  await visible(page.getByText(/kan inte fastställas än/));
  expect((await app.services.plans.get(erik, unitId, '2026/27'))!.plan.status).toBe('readyForDialogue');
  await shotOf(page, '42-plan-finalise-refused');
  await page.getByRole('dialog', { name: 'Fastställ åtagandeplanen?' }).getByRole('button', { name: 'Avbryt' }).click();
  await eventually(async () => (await page.getByRole('dialog').count()) === 0, 'the dialog to close');
});

test('Sofia adds a development need and leaves it empty: nothing is saved, nothing shows as "1."', async () => {
  await signInAs(page, 'Sofia Lind');
  await page.goto(`${app.baseUrl}/?unitId=${unitId}&year=2026-27&doc=report`);
  await page.getByRole('button', { name: /Påbörja läsårsrapporten/ }).click();
  const needs = page.getByTestId('development-needs');
  await visible(needs);
  await needs.getByRole('button', { name: 'Lägg till utvecklingsbehov' }).click();
  const first = needs.getByRole('textbox', { name: 'Utvecklingsbehov 1' });
  await visible(first);
  await first.blur();
  await page.waitForTimeout(1500); // longer than the autosave's pause
  const sofia = await actor('Sofia Lind');
  let report = (await app.services.reports.get(sofia, unitId, '2026/27'))!;
  expect(report.report.content.developmentNeeds ?? []).toEqual([]);

  await first.fill('Studiero i klassrummet');
  await first.blur();
  await eventually(
    async () =>
      JSON.stringify((await app.services.reports.get(sofia, unitId, '2026/27'))!.report.content.developmentNeeds) ===
      JSON.stringify([{ text: 'Studiero i klassrummet' }]),
    'the need to be saved',
  );
  // Emptied again: the row stays on screen while she types, the document holds no empty need.
  await first.fill('');
  await first.blur();
  await visible(first);
  await eventually(
    async () => JSON.stringify((await app.services.reports.get(sofia, unitId, '2026/27'))!.report.content.developmentNeeds) === '[]',
    'the emptied need to be dropped',
  );
  report = (await app.services.reports.get(sofia, unitId, '2026/27'))!;
  expect(report.completeness.sections.find((s) => s.key === 'developmentNeeds')?.state).toBe('saknas');
  await visible(progress().getByText(/av 7 avsnitt klara/));
  await shotOf(page, '43-report-empty-need');
});
