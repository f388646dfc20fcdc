/**
 * The meeting tab's screens in each frame context Teams gives them, in headless Chromium: the side
 * panel at 320 px (light, dark, high contrast), sharing a unit's document to the stage and the stage
 * itself, and the meeting's details tab. The tab runs unchanged with the real teams-js inside a fake
 * Teams meeting (fake-meeting-host.ts); the meeting routes are a contract-checked stand-in
 * (meeting-stub.ts), the rest is the real app. Two panels writing one note at once end in a merge
 * that keeps both texts; an agreed action becomes a follow-up of a commitment of the real plan.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, openPage, ROOT, visible, eventually } from '../browser/helpers';
import { startTestApp, type TestApp } from '../support/test-app';
import { openMeeting, openSurface, routeMeetingHost, surfaceFrame, hostCalls } from './meeting-host';
import { routeMeetingStub, type MeetingStub } from './meeting-stub';

jest.setTimeout(180_000);

const IDS = { roundId: 'round-stub', groupId: 'group-stub' };
const PATH = `/?inTeams=1&view=meeting&roundId=${IDS.roundId}&groupId=${IDS.groupId}`;
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let app: TestApp;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let stub: MeetingStub;
let bjorkskolan: string;

/** Signs the whole meeting page (its frames share the origin's session storage) in as a demo person. */
async function signIn(p: Page, name: string) {
  const token = await app.tokenFor(name);
  await p.evaluate((t) => sessionStorage.setItem('ska.devToken', t), token);
}

const frameShot = (p: Page, surface: string, name: string) =>
  p.locator(`iframe[name="${surface}"]`).screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });

async function axeFrame(frame: Frame): Promise<string[]> {
  await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  return frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  });
}

/** Nothing is wider than the frame: no sideways scrolling in a 320 px side panel. */
const overflow = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openPanel(p: Page, theme: 'default' | 'dark' | 'contrast' = 'default', who = 'Erik Lund'): Promise<Frame> {
  await openMeeting(p, app.baseUrl, { theme });
  await signIn(p, who);
  const panel = await openSurface(p, app.baseUrl, 'sidePanel', PATH);
  try {
    await visible(panel.getByTestId('meeting-side-panel'));
    await visible(panel.getByTestId('meeting-note'));
  } catch (e) {
    // What the panel shows instead says why (a sign-in, an error bar).
    throw new Error(`${(e as Error).message}\nThe side panel shows: ${await panel.locator('body').innerText()}`);
  }
  return panel;
}

/** Anna starts Björkskolan's plan for the year and writes one commitment, through the real API. */
async function startPlanWithCommitment(unitId: string, title: string) {
  const token = await app.tokenFor('Anna Berg');
  const url = `${app.baseUrl}/api/units/${unitId}/plans/2026-27`;
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const started = (await (await fetch(url, { method: 'POST', headers, body: '{}' })).json()) as {
    etag: string;
    plan: { goalAreas: { id: string }[] };
  };
  const res = await fetch(`${url}/goal-areas/${started.plan.goalAreas[0].id}/commitments`, {
    method: 'POST',
    headers: { ...headers, 'If-Match': started.etag },
    body: JSON.stringify({ title }),
  });
  expect(res.ok).toBe(true);
}

beforeAll(async () => {
  app = await startTestApp();
  bjorkskolan = await app.unitId('Björkskolan');
  await startPlanWithCommitment(bjorkskolan, 'Läsförståelse åk 1–3');
  const units = [
    { unitId: bjorkskolan, name: 'Björkskolan', principal: { personId: 'anna', displayName: 'Anna Berg' } },
    { unitId: await app.unitId('Norrbackaskolan'), name: 'Norrbackaskolan', principal: { personId: 'sofia', displayName: 'Sofia Lind' } },
    { unitId: await app.unitId('Åsens skola'), name: 'Åsens skola', principal: { personId: 'mats', displayName: 'Mats Nilsson' } },
  ];
  browser = await launchBrowser();
  ({ ctx, page } = await openPage(browser));
  await routeMeetingHost(ctx, app.baseUrl);
  stub = await routeMeetingStub(ctx, app.baseUrl, IDS, units);
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await app?.close();
});

test('side panel at 320 px: the group, one unit at a time, its note saved as typed, tags; no sideways scrolling; light, dark and high contrast', async () => {
  const panel = await openPanel(page);
  await visible(panel.getByRole('heading', { name: 'Grundskola F–6, grupp 1' }));
  await visible(panel.getByText('Förutsättningsdialog'));
  await visible(panel.getByText(/Ta med:/));
  expect(await panel.getByRole('combobox', { name: 'Enhet' }).inputValue()).toBe(bjorkskolan);
  await visible(panel.getByRole('button', { name: 'Dela till mötet' }));

  await panel.getByRole('textbox', { name: /Anteckningar – Björkskolan/ }).fill('Läsförståelsen: rektorn beskriver daglig högläsning.');
  await panel.getByRole('button', { name: 'Kompetent ledarskap' }).click();
  await eventually(
    async () =>
      stub.notes.get(bjorkskolan)?.body === 'Läsförståelsen: rektorn beskriver daglig högläsning.' &&
      stub.notes.get(bjorkskolan)!.successFactors.includes('leadership'),
    'the note and its tag saved',
  );
  await visible(panel.getByText(/Sparat/));
  // One clock for the save, the stored one (the stub stamps 13:00 Swedish time), not the browser's as well.
  const note = panel.getByTestId('meeting-note');
  await visible(note.getByText(/Senast sparad av Erik Lund, .*13:00/));
  expect((await note.getByTestId('save-indicator').innerText()).trim()).toBe('Sparat');
  expect((await note.locator('p, [role=status]').allInnerTexts()).join(' ').match(/\d\d:\d\d/g)).toEqual(['13:00']);
  expect(await overflow(panel)).toBeLessThanOrEqual(0);

  await panel.getByRole('button', { name: 'TLD och nyckeltal' }).click();
  await visible(panel.getByRole('table'));
  await visible(panel.getByText('dolt').first());
  expect(await overflow(panel)).toBeLessThanOrEqual(0);
  expect(await axeFrame(panel)).toEqual([]);
  await frameShot(page, 'sidePanel', 'meeting-01-side-panel-light');

  for (const theme of ['dark', 'contrast'] as const) {
    const themed = await openPanel(page, theme);
    expect(
      await themed.evaluate(
        () =>
          getComputedStyle(document.querySelector('[data-testid="meeting-side-panel"]')!.closest('.fui-FluentProvider')!).backgroundColor,
      ),
    ).not.toBe('rgb(255, 255, 255)');
    expect(await overflow(themed)).toBeLessThanOrEqual(0);
    expect(await axeFrame(themed)).toEqual([]);
    await frameShot(page, 'sidePanel', `meeting-02-side-panel-${theme}`);
  }
});

test('"Dela till mötet" puts the unit\'s document on the stage: big, with what changed since the last dialogue at the top', async () => {
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Dela till mötet' }).click();
  await visible(panel.getByText('Dokumentet visas nu på mötesskärmen.'));
  const [call] = await hostCalls(page, 'meeting.shareAppContentToStage');
  expect(new URL(String(call.args[0])).searchParams.get('stageUnit')).toBe(bjorkskolan);

  const stage = await surfaceFrame(page, 'stage');
  await visible(stage.getByTestId('meeting-stage'));
  await visible(stage.getByRole('heading', { name: 'Björkskolan: Åtagandeplan 2026/27' }));
  const changes = stage.getByTestId('changes-since-dialogue');
  await visible(changes.getByText(/Ändrat sedan förra dialogen/));
  // What changed comes before the document itself.
  const order = await stage.evaluate(() => {
    const doc = document.querySelector('[data-testid="unit-document"]')!;
    const texts = [...doc.querySelectorAll('h4')].map((h) => h.textContent);
    return texts;
  });
  expect(order[0]).toMatch(/^Ändrat sedan förra dialogen/);
  expect(
    await stage.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="unit-document"]')!).fontSize)),
  ).toBeGreaterThanOrEqual(18);
  expect(await axeFrame(stage)).toEqual([]);
  await frameShot(page, 'stage', 'meeting-03-stage');
});

test('the meeting details tab: what to bring, the join link, the prepared questions, every unit with its document, figures and note', async () => {
  await openMeeting(page, app.baseUrl);
  await signIn(page, 'Erik Lund');
  const details = await openSurface(page, app.baseUrl, 'details', PATH);
  await visible(details.getByTestId('meeting-overview'));
  for (const name of ['Björkskolan', 'Norrbackaskolan', 'Åsens skola']) await visible(details.getByRole('heading', { level: 2, name }));
  await visible(details.getByRole('link', { name: 'Anslut till Teams-mötet' }));
  await visible(details.getByText('Hur följer ni upp läsförståelsen under året?'));
  expect(await details.getByRole('button', { name: 'Dela till mötet' }).count()).toBe(0);
  expect(await details.getByTestId('changes-since-dialogue').count()).toBe(3);
  expect(await axeFrame(details)).toEqual([]);
  await frameShot(page, 'details', 'meeting-04-details-tab');
});

test("two side panels write the same note at once: the second sees the first one's text beside its own and saves both", async () => {
  const second = await openPage(browser, { width: 800, height: 1000 });
  try {
    await routeMeetingHost(second.ctx, app.baseUrl);
    await stub.attach(second.ctx);
    // Both panels open on the same version of the note.
    const a = await openPanel(page);
    const b = await openPanel(second.page, 'default', 'Helena Wik');
    const before = stub.notes.get(bjorkskolan)!.body;
    await a.getByRole('textbox', { name: /Anteckningar – Björkskolan/ }).fill(`${before}\nErik: elevrådet följer upp rasterna.`);
    await eventually(async () => stub.notes.get(bjorkskolan)!.body.includes('Erik: elevrådet'), "Erik's text saved");
    await b.getByRole('textbox', { name: /Anteckningar – Björkskolan/ }).fill(`${before}\nHelena: mät läsförståelsen i januari.`);
    const merge = b.getByTestId('merge-panel');
    await visible(merge);
    await visible(merge.getByText(/Erik: elevrådet följer upp rasterna/));
    await visible(merge.getByText(/Helena: mät läsförståelsen i januari/));
    await frameShot(second.page, 'sidePanel', 'meeting-05-merge');
    await merge.getByRole('button', { name: 'Spara sammanfogad text' }).click();
    await eventually(async () => {
      const body = stub.notes.get(bjorkskolan)!.body;
      return body.includes('Erik: elevrådet följer upp rasterna.') && body.includes('Helena: mät läsförståelsen i januari.');
    }, 'both texts in the saved note');
    expect(stub.writes.some((w) => w.status === 409)).toBe(true);
    // The first panel picks up the merged text when it reads the notes again.
    await eventually(
      async () =>
        (await a.getByRole('textbox', { name: /Anteckningar – Björkskolan/ }).inputValue()).includes('Helena: mät läsförståelsen'),
      'the merged text in the first panel',
    );
  } finally {
    await second.ctx.close();
  }
});

test("an agreed action becomes a follow-up of a commitment in the unit's plan with one choice and one click", async () => {
  const panel = await openPanel(page);
  await panel.getByRole('textbox', { name: 'Ny åtgärd' }).fill('Följ upp högläsningen i januari');
  await panel.getByRole('button', { name: 'Lägg till' }).click();
  const action = panel.getByTestId('meeting-action').filter({ hasText: 'Följ upp högläsningen i januari' });
  await visible(action.getByRole('button', { name: 'Gör till uppföljning' }));
  await eventually(async () => (stub.notes.get(bjorkskolan)?.actions.length ?? 0) === 1, 'the action saved with the note');
  await action.getByRole('button', { name: 'Gör till uppföljning' }).click();
  const select = action.getByRole('combobox', { name: 'Vilket åtagande följs upp?' });
  await visible(select);
  const options = await select.locator('option').allTextContents();
  expect(options).toContain('Kunskaper: Läsförståelse åk 1–3');
  await select.selectOption({ label: 'Kunskaper: Läsförståelse åk 1–3' });
  await action.getByRole('button', { name: 'Skapa uppföljningen' }).click();
  await visible(action.getByText(/Uppföljning i åtagandeplanen 2026\/27/));
  const [saved] = stub.notes.get(bjorkskolan)!.actions;
  expect(saved.link?.kind).toBe('followUp');
  expect(saved.link?.commitmentId).not.toBe('');
  await frameShot(page, 'sidePanel', 'meeting-06-action-follow-up');
});
