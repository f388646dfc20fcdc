/**
 * The meeting host seam with the real teams-js, in Chromium: a fake Teams meeting frames a page
 * that runs only the seam and answers teams-js as Teams would. Each surface reads its own frame
 * context and ids; sharing works from the side panel only, and only with the manifest's stage
 * context; without it the host's error 1000 becomes a Swedish message.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../browser/helpers';
import { bundle, hostCalls, openMeeting, openSurface, routeMeetingHost, surfaceFrame } from './meeting-host';

// No server: every page of this origin is served by the browser context's routes.
const ORIGIN = 'http://teams-host.test';
let browser: Browser;
let ctx: BrowserContext;
let page: Page;

type Seam = {
  seam: {
    kind: string;
    theme: string;
    place: { surface: string; meetingId: string; chatId: string };
    canShare: boolean;
    share(url: string): Promise<string>;
  };
};

const seamOf = async (frame: Frame) => {
  await frame.waitForFunction(() => 'seam' in window);
  return frame.evaluate(() => {
    const { kind, theme, place, canShare } = (window as unknown as Seam).seam;
    return { kind, theme, place, canShare };
  });
};
const share = (frame: Frame, url: string) => frame.evaluate((u) => (window as unknown as Seam).seam.share(u), url);

beforeAll(async () => {
  const script = await bundle(join(__dirname, 'seam-page.ts'));
  browser = await launchBrowser();
  ({ ctx, page } = await openPage(browser));
  await routeMeetingHost(ctx, ORIGIN);
  await ctx.route(`${ORIGIN}/seam*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><body><script type="module">${script}</script></body></html>`,
    }),
  );
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
});

test('the side panel reads its frame context, meeting and chat; it may share, and the stage opens with the shared page', async () => {
  await openMeeting(page, ORIGIN, { meetingId: 'MCM-1', chatId: '19:meeting_1@thread.v2', theme: 'dark' });
  const panel = await openSurface(page, ORIGIN, 'sidePanel', '/seam?inTeams=1&view=meeting');
  expect(await seamOf(panel)).toEqual({
    kind: 'teams',
    theme: 'dark',
    place: { surface: 'sidePanel', meetingId: 'MCM-1', chatId: '19:meeting_1@thread.v2', userId: '' },
    canShare: true,
  });

  expect(await share(panel, `${ORIGIN}/seam?inTeams=1&view=meeting&stageUnit=u1`)).toBe('shared');
  const stage = await surfaceFrame(page, 'stage');
  expect(stage.url()).toBe(`${ORIGIN}/seam?inTeams=1&view=meeting&stageUnit=u1`);
  const onStage = await seamOf(stage);
  expect(onStage.place.surface).toBe('stage');
  // The stage is not where sharing starts: the seam does not offer it there.
  expect(onStage.canShare).toBe(false);
  expect((await hostCalls(page, 'meeting.shareAppContentToStage')).map((c) => c.args[0])).toEqual([
    `${ORIGIN}/seam?inTeams=1&view=meeting&stageUnit=u1`,
  ]);
});

test('a meeting details tab is content: no sharing, and teams-js refuses it there (a Swedish message, no call to the host)', async () => {
  await openMeeting(page, ORIGIN);
  const details = await openSurface(page, ORIGIN, 'details', '/seam?inTeams=1&view=meeting');
  expect(await seamOf(details)).toMatchObject({ place: { surface: 'tab', meetingId: 'MCMx' }, canShare: false });
  expect(await share(details, `${ORIGIN}/seam?x=1`)).toBe('StageShareError: Delning till mötet går bara från mötets sidopanel.');
  expect(await hostCalls(page, 'meeting.shareAppContentToStage')).toEqual([]);
});

test('without meetingStage in the manifest Teams denies the share (1000): the seam says so in Swedish', async () => {
  await openMeeting(page, ORIGIN, { manifestContexts: ['meetingSidePanel', 'meetingChatTab'] });
  const panel = await openSurface(page, ORIGIN, 'sidePanel', '/seam?inTeams=1&view=meeting');
  expect((await seamOf(panel)).canShare).toBe(false);
  expect(await share(panel, `${ORIGIN}/seam?x=1`)).toBe(
    'StageShareError: Du får inte dela till mötet. Be mötesorganisatören eller en presentatör att dela.',
  );
  expect(
    await page.evaluate(() =>
      (window as unknown as { teamsMeeting: { surfaces(): { name: string }[] } }).teamsMeeting.surfaces().map((s) => s.name),
    ),
  ).toEqual(['sidePanel']);
});

test('in a plain browser the seam is the browser host: the surface from the address, no sharing', async () => {
  await page.goto(`${ORIGIN}/seam?view=meeting&surface=sidePanel&theme=contrast`);
  await page.waitForFunction(() => 'seam' in window);
  const seam = await page.evaluate(() => {
    const { kind, theme, place, canShare } = (window as unknown as Seam).seam;
    return { kind, theme, place, canShare };
  });
  expect(seam).toEqual({
    kind: 'browser',
    theme: 'contrast',
    place: { surface: 'sidePanel', meetingId: '', chatId: '', userId: '' },
    canShare: false,
  });
  expect(await page.evaluate(() => (window as unknown as Seam).seam.share('http://x.test'))).toBe(
    'StageShareError: Delning till mötet fungerar bara i Teams.',
  );
});
