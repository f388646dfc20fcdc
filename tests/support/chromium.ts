import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every suite's Chromium flags: no sandbox (root in CI), no GPU, and nothing that reaches the closed network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium's path; fails clearly when it is missing. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  return CHROMIUM;
}

/** Debian's Chromium, headless, kept off the closed network. Fails clearly when it or the build is missing. */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; isMobile?: boolean; needsBuild?: string } = {},
): Promise<BrowserContext> {
  const executablePath = requireChromium();
  if (options.needsBuild && !existsSync(join(ROOT, 'dist', 'tabs', options.needsBuild)))
    throw new Error(`dist/tabs/${options.needsBuild} is missing: run npm run build first`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chrome-')), {
    executablePath,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    isMobile: options.isMobile,
    hasTouch: options.isMobile,
    locale: 'sv-SE',
    args: CHROMIUM_ARGS,
  });
}

/** The same Chromium with Playwright's own defaults (viewport, the machine's locale): card rendering and the Agents Playground. */
export async function launchBareChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chrome-')), {
    executablePath: requireChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
