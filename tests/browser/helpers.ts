/**
 * What the tab's browser suites share: one headless Chromium per file, pages that agree with the
 * server's clock, sign-in through the demo picker, screenshots, and axe-core scans.
 * Chromium and the built tab are required: a suite fails, clearly, when either is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM_ARGS, requireChromium, ROOT } from '../support/chromium';
import { DEMO_NOW } from '../support/test-app';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const WAIT = 15_000;
export { ARTIFACTS, ROOT };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(ROOT, 'dist', 'tabs', 'index.html'))) throw new Error('dist/tabs/index.html is missing: run npm run build first');
  const executablePath = requireChromium();
  if (!existsSync(AXE)) throw new Error('node_modules/axe-core/axe.min.js is missing: npm install');
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh browser context (its own session storage, so its own signed-in person) and its page; Swedish time unless told. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  timezoneId = 'Europe/Stockholm',
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId, acceptDownloads: true });
  // The page's clock agrees with the server's: "today" is the demo day.
  await ctx.clock.setFixedTime(DEMO_NOW);
  const page = await ctx.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { ctx, page };
}

/** Waits until the locator is visible (playwright-core has no test runner's expect). */
export const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: WAIT });

export async function eventually(check: () => Promise<boolean>, what: string) {
  const until = Date.now() + WAIT;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage, animations: 'disabled' });

/**
 * Signs in through the demo picker, switching user first if someone is signed in. A switch starts
 * the new person on their own start view; `samePage` then opens the page that was open (the link
 * the previous person had), as someone handed that link would.
 */
export async function signInAs(page: Page, name: string, { samePage = false }: { samePage?: boolean } = {}) {
  const switchUser = page.getByRole('button', { name: 'Byt användare' });
  const picker = page.getByRole('heading', { name: /Välj demoanvändare/ });
  await visible(switchUser.or(picker)); // (a closing dialog keeps the page hidden for a moment)
  const link = page.url();
  const switching = await switchUser.isVisible();
  if (switching) await switchUser.click();
  await visible(picker);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await visible(page.getByTestId('signed-in-person').getByText(name));
  if (samePage && switching && page.url() !== link) {
    await page.goto(link);
    await visible(page.getByTestId('signed-in-person').getByText(name));
  }
}

/** The same page with another theme: the theme is a URL parameter, as Teams passes it. */
export async function withTheme(page: Page, theme: 'default' | 'dark' | 'contrast') {
  const url = new URL(page.url());
  if (theme === 'default') url.searchParams.delete('theme');
  else url.searchParams.set('theme', theme);
  await page.goto(url.toString());
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is and returns the serious and critical violations,
 * formatted so a failing expect says what and where.
 */
export async function axeScan(page: Page): Promise<string[]> {
  // A drawer or dialog still fading in has low contrast for a moment: scan what people see at rest.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(' | ')}`);
}

/** Scans and records the result; returns the serious/critical ones (expected: none). */
export async function axeCheck(page: Page, label: string, log: Record<string, string[]>): Promise<string[]> {
  const found = await axeScan(page);
  log[label] = found;
  return found;
}
