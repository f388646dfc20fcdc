/**
 * The dialogue meeting walked through in headless Chromium on the real app (no stand-in routes):
 * Erik (organiser, demo seed) forms and sends a processdialog round for Björkskolan in the tab; the
 * group's side panel opens at 320 px inside a Teams meeting (the real teams-js answered by the host
 * page of tests/browser-meeting); Erik and Anna write the unit's note at once in two pages, and the
 * one whose write came second gets the other's text beside hers and saves both (ETag conflict, 409,
 * merge); Anna turns an agreed action into a follow-up with one click, and her plan page shows the
 * follow-up with a link back to the dialogue note. Screenshots in tests/.artifacts/meetings-walk-*.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { ARTIFACTS, eventually, launchBrowser, openPage, shot, signInAs, visible } from '../browser/helpers';
import { openMeeting, openSurface, routeMeetingHost } from '../browser-meeting/meeting-host';
import { sendBjorkskolanProcessRound } from '../browser-organiser/helpers';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(240_000);

const COMMITMENT = 'Läsförståelse åk 1–3';
const NOTE = /Anteckningar – Björkskolan/;

let app: TestApp;
let browser: Browser;
let erik: { ctx: BrowserContext; page: Page };
let anna: { ctx: BrowserContext; page: Page };
let bjorkskolan = '';
let roundId = '';
let groupId = '';
let erikPanel: Frame;
let annaPanel: Frame;

const panelPath = () => `/?inTeams=1&view=meeting&roundId=${roundId}&groupId=${groupId}`;
const frameShot = (p: Page, surface: string, name: string) =>
  p.locator(`iframe[name="${surface}"]`).screenshot({ path: join(ARTIFACTS, `meetings-walk-${name}.png`), animations: 'disabled' });
const overflow = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The unit's note as the server has it now. */
async function savedNote() {
  const api = client(app.baseUrl, await app.tokenFor('Erik Lund'));
  const notes = await api.get(`/api/dialogues/${roundId}/groups/${groupId}/meeting/notes`);
  return notes.body.find((n: any) => n.unitId === bjorkskolan) as { body: string; etag: string; actions: any[] } | undefined;
}

/** Opens the group's side panel in the person's Teams meeting (their page: the frames share its session). */
async function openPanel(p: Page, who: string): Promise<Frame> {
  await openMeeting(p, app.baseUrl);
  const token = await app.tokenFor(who);
  await p.evaluate((t) => sessionStorage.setItem('ska.devToken', t), token);
  const panel = await openSurface(p, app.baseUrl, 'sidePanel', panelPath());
  try {
    await visible(panel.getByTestId('meeting-side-panel'));
    await visible(panel.getByRole('textbox', { name: NOTE }));
  } catch (e) {
    throw new Error(`${(e as Error).message}\nThe side panel shows: ${await panel.locator('body').innerText()}`);
  }
  return panel;
}

beforeAll(async () => {
  app = await startTestApp();
  bjorkskolan = await app.unitId('Björkskolan');
  // Anna's plan for the year has a commitment the dialogue's action can be followed up on.
  const annaApi = client(app.baseUrl, await app.tokenFor('Anna Berg'));
  const started = await annaApi.post(`/api/units/${bjorkskolan}/plans/2026-27`);
  expect(started.status).toBeLessThan(300);
  const added = await annaApi.post(
    `/api/units/${bjorkskolan}/plans/2026-27/goal-areas/${started.body.plan.goalAreas[0].id}/commitments`,
    { title: COMMITMENT },
    { 'if-match': started.body.etag },
  );
  expect(added.status).toBeLessThan(300);
  browser = await launchBrowser();
  erik = await openPage(browser);
  anna = await openPage(browser, { width: 800, height: 1000 });
  for (const ctx of [erik.ctx, anna.ctx]) await routeMeetingHost(ctx, app.baseUrl);
});
afterAll(async () => {
  await erik?.ctx.close();
  await anna?.ctx.close();
  await browser?.close();
  await app?.close();
});

test('Erik forms a processdialog round for Björkskolan in the tab and sends it', async () => {
  const page = erik.page;
  await page.goto(app.baseUrl);
  await signInAs(page, 'Erik Lund');
  await sendBjorkskolanProcessRound(page);
  await shot(page, 'meetings-walk-01-round-sent');

  const rounds = (await app.services.store.query('dialogueRounds')).items.filter((r) => r.fields.kind === 'process');
  expect(rounds).toHaveLength(1);
  roundId = rounds[0].id;
  const groups = (await app.services.store.query('dialogueGroups', { where: { roundId } })).items;
  expect(groups).toHaveLength(1);
  groupId = groups[0].id;
  await eventually(
    async () => (await app.services.store.query('dialogueInvitations', { where: { groupId } })).items.length > 0,
    'the group’s invitations',
  );
});

test('the side panel opens for the group at 320 px, without sideways scrolling', async () => {
  erikPanel = await openPanel(erik.page, 'Erik Lund');
  await visible(erikPanel.getByRole('heading', { name: 'Björkskolan' }));
  await visible(erikPanel.getByText('Processdialog'));
  expect(await erikPanel.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(320);
  expect(await overflow(erikPanel)).toBeLessThanOrEqual(0);
  await frameShot(erik.page, 'sidePanel', '02-side-panel');
});

test('Erik and Anna write the note at once in two pages: the later write sees the other’s text and both are kept', async () => {
  annaPanel = await openPanel(anna.page, 'Anna Berg');
  // Both panels are open on the same (empty) note.
  const erikText = 'Erik: kollegialt lärande varannan vecka, följs upp i mars.';
  const annaText = 'Anna: lärarna vill ha mer tid för sambedömning.';
  await erikPanel.getByRole('textbox', { name: NOTE }).fill(erikText);
  await eventually(async () => (await savedNote())?.body === erikText, 'Erik’s text saved');
  await annaPanel.getByRole('textbox', { name: NOTE }).fill(annaText);
  const merge = annaPanel.getByTestId('merge-panel');
  await visible(merge);
  await visible(merge.getByText(/Erik: kollegialt lärande/));
  await visible(merge.getByText(/Anna: lärarna vill ha mer tid/));
  await frameShot(anna.page, 'sidePanel', '03-merge');
  await merge.getByRole('button', { name: 'Spara sammanfogad text' }).click();
  await eventually(async () => {
    const body = (await savedNote())?.body ?? '';
    return body.includes(erikText) && body.includes(annaText);
  }, 'both texts in the saved note');
  // Erik's panel picks up the merged text.
  await eventually(
    async () => (await erikPanel.getByRole('textbox', { name: NOTE }).inputValue()).includes(annaText),
    'the merged text in Erik’s panel',
  );
  await frameShot(erik.page, 'sidePanel', '04-merged-in-erik-panel');
});

test('Anna turns an agreed action into a follow-up with one click; her plan page shows it linked to the note', async () => {
  const action = 'Boka sambedömning i januari';
  await annaPanel.getByRole('textbox', { name: 'Ny åtgärd' }).fill(action);
  await annaPanel.getByRole('button', { name: 'Lägg till' }).click();
  const row = annaPanel.getByTestId('meeting-action').filter({ hasText: action });
  await visible(row.getByRole('button', { name: 'Gör till uppföljning' }));
  await eventually(async () => (await savedNote())?.actions.length === 1, 'the action saved with the note');
  await row.getByRole('button', { name: 'Gör till uppföljning' }).click();
  await row.getByRole('combobox', { name: 'Vilket åtagande följs upp?' }).selectOption({ label: `Kunskaper: ${COMMITMENT}` });
  await row.getByRole('button', { name: 'Skapa uppföljningen' }).click();
  await visible(row.getByText(/Uppföljning i åtagandeplanen 2026\/27/));
  await frameShot(anna.page, 'sidePanel', '05-action-follow-up');
  const link = (await savedNote())!.actions[0].link;
  expect(link).toEqual(expect.objectContaining({ kind: 'followUp', schoolYear: '2026/27' }));

  // Anna's plan page, in the same tab (the tab's session carries her sign-in).
  const page = anna.page;
  await page.goto(`${app.baseUrl}/?unitId=${bjorkskolan}&year=2026-27`);
  const followUps = page.getByRole('region', { name: `Uppföljningar av ${COMMITMENT}` });
  await visible(followUps.getByText(`Överenskommet i dialogen: ${action}`));
  const toNote = followUps.getByRole('link', { name: /Dialoganteckningen/ });
  await visible(toNote);
  const href = new URL(String(await toNote.getAttribute('href')), app.baseUrl);
  expect(href.searchParams.get('view')).toBe('meeting');
  expect(href.searchParams.get('roundId')).toBe(roundId);
  expect(href.searchParams.get('groupId')).toBe(groupId);
  expect(href.searchParams.get('unitId')).toBe(bjorkskolan);
  await shot(page, 'meetings-walk-06-plan-follow-up');
});
