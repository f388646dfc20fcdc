/**
 * The browser suites' bed, said once: one headless Chromium, the whole app on a fresh store, and
 * one page (its own context) on the demo day, closed again after the file's last test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../browser/helpers';
import { startTestApp, type TestApp } from './test-app';

export interface BrowserBed {
  app: TestApp;
  browser: Browser;
  ctx: BrowserContext;
  page: Page;
}

/** A phone's width and height (the checklists and panels must work at 390 px). */
export const PHONE = { width: 390, height: 844 };

/**
 * Registers the file's beforeAll and afterAll: Chromium, then the app (env: its settings), then the
 * page (viewport and time zone as openPage's). `ready` is handed them as soon as they run; a suite's
 * own beforeAll after this one may use them.
 */
export function useBrowserBed(
  ready: (bed: BrowserBed) => void,
  options: { env?: Record<string, string>; viewport?: { width: number; height: number }; timezoneId?: string } = {},
): void {
  let bed: Partial<BrowserBed> = {};
  beforeAll(async () => {
    bed.browser = await launchBrowser();
    bed.app = await startTestApp(options.env);
    bed = { ...bed, ...(await openPage(bed.browser, options.viewport, options.timezoneId)) };
    ready(bed as BrowserBed);
  });
  afterAll(async () => {
    await bed.ctx?.close();
    await bed.browser?.close();
    await bed.app?.close();
  });
}
