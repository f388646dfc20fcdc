/** bench/tab's test bed: the app on localhost with the demo data, and a signed-in Chromium page that marks when the plan opens. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** The app with the demo data on a free port, serving the tabs built in tabsDir (default dist/tabs). */
export async function startServer({ tabsDir }: { tabsDir?: string } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-bench-tab-'));
  const config = parseConfig({
    SKA_STAGE: 'test',
    SKA_CHECK_RESPONSES: 'false',
    PORT: '0',
    SKA_DATA_DIR: dataDir,
    ...(tabsDir ? { SKA_TABS_DIR: tabsDir } : {}),
  });
  const app = await composeApp(config, {
    clock: new FixedClock(new Date('2026-11-23T10:00:00+01:00')),
    log: { info: () => undefined, error: console.error },
  });
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const users = (await (await fetch(`${base}/dev/users`)).json()) as { id: string; displayName: string }[];
  const tokenFor = async (name: string) => {
    const res = await fetch(`${base}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: users.find((u) => u.displayName === name)!.id }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  const unitId = async (name: string) => (await app.services.directory.allUnits()).find((u) => u.name === name)!.id;
  return {
    base,
    tokenFor,
    unitId,
    close: async () => {
      await new Promise<void>((r) => app.server.close(() => r()));
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Marks = { content?: number; editable?: number };

/** A page signed in as someone (the demo token in session storage, as the sign-in leaves it). */
export async function signedInPage(browser: Browser, token: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await ctx.addInitScript((t) => {
    sessionStorage.setItem('ska.devToken', t);
    // When the plan's heading and its first edit control appear, measured from navigation start.
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    new MutationObserver(() => {
      if (
        !marks.content &&
        document.querySelector('h1')?.textContent?.startsWith('Åtagandeplan') &&
        document.querySelector('[data-testid="goal-area"]')
      )
        marks.content = performance.now();
      if (!marks.editable && [...document.querySelectorAll('button')].some((b) => b.textContent === 'Lägg till åtagande'))
        marks.editable = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, token);
  return ctx.newPage();
}

export const marksOf = (page: Page) => page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
