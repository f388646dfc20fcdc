/**
 * The suites' Teams meeting: a host page (fake-meeting-host.ts) that frames the app's pages and
 * answers the real teams-js, so each surface gets the frame context and ids Teams would give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { ROOT, WAIT } from '../browser/helpers';
import { bundle } from '../support/bundle';

export const HOST_PATH = '/__teams-meeting.html';

export { bundle };

/** The contexts the manifest gives the configurable tab (what Teams grants the app). */
export function manifestContexts(): string[] {
  return JSON.parse(readFileSync(join(ROOT, 'appPackage', 'manifest.json'), 'utf8')).configurableTabs[0].context as string[];
}

/** Serves the meeting host page at origin + HOST_PATH in this browser context. */
export async function routeMeetingHost(ctx: BrowserContext, origin: string): Promise<void> {
  const script = await bundle(join(__dirname, 'fake-meeting-host.ts'));
  await ctx.route(`${origin}${HOST_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Teams-möte</title></head><body style="margin:0;background:#292929"><script type="module">${script}</script></body></html>`,
    }),
  );
}

export interface MeetingSetup {
  meetingId?: string;
  chatId?: string;
  theme?: 'default' | 'dark' | 'contrast';
  manifestContexts?: string[];
}

export const SURFACE_SIZE = {
  sidePanel: { frameContext: 'sidePanel', width: 320, height: 860 },
  stage: { frameContext: 'meetingStage', width: 1280, height: 720 },
  details: { frameContext: 'content', width: 1100, height: 860 },
  chatTab: { frameContext: 'content', width: 1100, height: 860 },
  settings: { frameContext: 'settings', width: 700, height: 500 },
} as const;
export type SurfaceName = keyof typeof SURFACE_SIZE;

/** Opens the host page and the meeting's settings (ids, theme, what the manifest grants). */
export async function openMeeting(page: Page, origin: string, setup: MeetingSetup = {}): Promise<void> {
  await page.goto(`${origin}${HOST_PATH}`);
  await page.waitForFunction(() => 'teamsMeeting' in window);
  const spec = { meetingId: 'MCMx', chatId: '19:meeting_abc@thread.v2', theme: 'default', manifestContexts: manifestContexts(), ...setup };
  await page.evaluate((s) => (window as unknown as TeamsMeeting).teamsMeeting.configure(s), spec);
}

/** Opens one surface of the meeting with the app's page at `path` and answers its frame. */
export async function openSurface(page: Page, origin: string, name: SurfaceName, path: string): Promise<Frame> {
  const spec = { name, url: `${origin}${path}`, ...SURFACE_SIZE[name] };
  await page.evaluate((s) => (window as unknown as TeamsMeeting).teamsMeeting.open(s), spec);
  return surfaceFrame(page, name);
}

export async function surfaceFrame(page: Page, name: string): Promise<Frame> {
  const until = Date.now() + WAIT;
  while (Date.now() < until) {
    const frame = page.frame({ name });
    if (frame && frame.url() !== 'about:blank') return frame;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The meeting surface ${name} did not open`);
}

export const hostCalls = (page: Page, func?: string) =>
  page.evaluate((f) => (window as unknown as TeamsMeeting).teamsMeeting.calls(f), func);

export type TeamsMeeting = {
  teamsMeeting: {
    configure(spec: unknown): void;
    open(spec: unknown): void;
    close(name: string): void;
    tell(name: string, func: string, args?: unknown[]): void;
    calls(func?: string): { surface: string; func: string; args: unknown[] }[];
    savedConfigs(): unknown[];
    surfaces(): { name: string; url: string; frameContext: string }[];
  };
};
