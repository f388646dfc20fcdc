/**
 * bench/tab: how light the tabs are to open.
 *  1. initial JS (gzip) of the built tab against a bare page of Fluent UI (FluentProvider and a
 *     Button) with teams-js, built with the same esbuild settings (target ≤ 1.5×);
 *  2. API round trips to open a document after sign-in: requests to /api/* when switching to a
 *     unit's plan, and to its report (target 1: the document's GET);
 *  3. time to first content and to an editable plan in headless Chromium on localhost with the
 *     demo data, median of 3 cold runs with the spread (target ≤ 800 ms); Chromium is the client.
 * Runs the real build (node tabs/build.mjs) first. Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fmt, median } from '../support/load';
import { CHROMIUM, CHROMIUM_ARGS, marksOf, signedInPage, startServer } from './bed';

const ROOT = resolve(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const spread = (xs: number[]) => `median ${fmt(median(xs), 0)} ms (${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)})`;
const kB = (bytes: number) => `${fmt(bytes / 1024)} kB`;
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The same settings as tabs/build.mjs (minified ES modules for the same browsers, production React, the same import plugins). */
const SETTINGS = {
  bundle: true,
  format: 'esm' as const,
  platform: 'browser' as const,
  target: ['es2022', 'chrome110', 'edge110', 'safari16', 'firefox115'],
  minify: true,
  jsx: 'automatic' as const,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none' as const,
  logLevel: 'warning' as const,
};

const BASELINE = `
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { app } from '@microsoft/teams-js';
void app.initialize().catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={teamsLightTheme}><Button appearance="primary">Hej</Button></FluentProvider>,
);
`;

async function baselineGzip(): Promise<number> {
  const { fluentDeepImports, fluentImports } = await import(join(ROOT, 'tabs', 'build', 'fluent-imports.mjs'));
  const out = await build({
    ...SETTINGS,
    plugins: [fluentImports({ root: ROOT }), fluentDeepImports({ root: ROOT })],
    stdin: { contents: BASELINE, loader: 'tsx', resolveDir: ROOT, sourcefile: 'baseline.tsx' },
    write: false,
    outdir: join(tmpdir(), 'bench-tab-baseline'),
  });
  return out.outputFiles.filter((f) => f.path.endsWith('.js')).reduce((sum, f) => sum + gz(f.contents), 0);
}

/** The built tab's first load: index.html's module script, its modulepreloads and its inline script (tabs/src/early). */
function tabInitial(): { files: string[]; gzip: number; inline: number; teamsJs: number; lazy: { name: string; gzip: number }[] } {
  const html = readFileSync(join(ROOT, 'dist', 'tabs', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script>([^]*?)<\/script>/g)].reduce((s, m) => s + gz(Buffer.from(m[1])), 0);
  const size = (f: string) => gz(readFileSync(join(ROOT, 'dist', 'tabs', f)));
  const chunks = readdirJs(join(ROOT, 'dist', 'tabs', 'assets', 'chunks'));
  // teams-js is its own chunk (tabs/src/host/teams-sdk.ts), loaded at start only inside Teams.
  const teamsChunk = chunks.find((c) => c.startsWith('teams-sdk-'));
  const initial = new Set(files.map((f) => f.split('/').pop()!));
  const lazy = chunks
    .filter((c) => !initial.has(c) && c !== teamsChunk && /^[A-Z]/.test(c))
    .map((c) => ({ name: c.replace(/-[A-Z0-9]+\.js$/, ''), gzip: size(`/assets/chunks/${c}`) }));
  return {
    files,
    gzip: files.reduce((s, f) => s + size(f), 0) + inline,
    inline,
    teamsJs: teamsChunk ? size(`/assets/chunks/${teamsChunk}`) : 0,
    lazy,
  };
}

function readdirJs(dir: string): string[] {
  return (require('node:fs').readdirSync(dir) as string[]).filter((f) => f.endsWith('.js'));
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  console.log('bench/tab — building the tabs (node tabs/build.mjs)…');
  execFileSync(process.execPath, [join(ROOT, 'tabs', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  // 1. Initial JS against the bare Fluent + teams-js page.
  const baseline = await baselineGzip();
  const tab = tabInitial();
  const inTeams = tab.gzip + tab.teamsJs;
  console.log('\n1. Initial JS, gzip (-9)');
  console.log(`  baseline (FluentProvider + Button + teams-js): ${kB(baseline)}`);
  console.log(
    `  tab, first load in a browser (${tab.files.length} files + ${kB(tab.inline)} inline): ${kB(tab.gzip)}  ratio ${fmt(tab.gzip / baseline, 2)}×`,
  );
  console.log(
    `  tab, first load in Teams (+ teams-js chunk ${kB(tab.teamsJs)}): ${kB(inTeams)}  ratio ${fmt(inTeams / baseline, 2)}×  ${inTeams / baseline <= 1.5 ? 'OK' : 'ABOVE TARGET'} (target ≤ 1.5×)`,
  );
  console.log(`  loaded later, when needed: ${tab.lazy.map((l) => `${l.name} ${kB(l.gzip)}`).join(', ')}`);

  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const anna = await server.tokenFor('Anna Berg');
    const lark = await server.unitId('Lärkans förskola');
    const bjork = await server.unitId('Björkskolan');

    // 2. Round trips to open a document once signed in.
    const page = await signedInPage(browser, anna);
    await page.goto(`${server.base}/?unitId=${bjork}&year=2025-26`);
    await page.getByRole('heading', { level: 1, name: /^Åtagandeplan 2025\/26/ }).waitFor();
    await page.getByRole('combobox', { name: 'Läsår' }).selectOption('2026/27');
    await page.getByText('Åtagandeplanen för 2026/27 är inte påbörjad').waitFor();
    await page.waitForLoadState('networkidle');
    // Requests as the page saw them (resource timing), against the moment the plan became editable.
    const apiSince = (since: number) =>
      page.evaluate(
        (t) =>
          performance
            .getEntriesByType('resource')
            .filter((r) => r.startTime >= t && new URL(r.name).pathname.startsWith('/api/'))
            .map((r) => ({ path: new URL(r.name).pathname, at: Math.round(r.startTime - t) })),
        since,
      );
    const now = () => page.evaluate(() => performance.now());

    let t0 = await now();
    await page
      .getByRole('navigation', { name: 'Enheter' })
      .getByRole('link', { name: /Lärkans förskola/ })
      .click();
    await page.getByRole('button', { name: 'Lägg till åtagande' }).first().waitFor();
    await page.waitForTimeout(1500); // what waits for the browser to be idle (the comments) comes now
    await page.waitForLoadState('networkidle');
    const editableAt = (await marksOf(page)).editable! - t0;
    const plan = await apiSince(t0);
    t0 = await now();
    await page.getByRole('navigation', { name: 'Enhetens dokument' }).getByRole('link', { name: 'Läsårsrapport' }).click();
    await page
      .getByText(/Läsårsrapporten för 2026\/27 är inte påbörjad|Resultat och effekter/)
      .first()
      .waitFor();
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const report = await apiSince(t0);
    const before = plan.filter((r) => r.at < editableAt).length;
    const list = (rs: typeof plan) => rs.map((r) => `GET ${r.path.replace(/\/units\/[^/]+/, '/units/…')} (+${r.at} ms)`).join(', ');
    console.log('\n2. API round trips to open a document (signed in, switching unit)');
    console.log(
      `  plan:   editable after ${Math.round(editableAt)} ms; ${before} request(s) before that ${before <= 1 ? 'OK' : 'ABOVE TARGET'} (target 1); ${plan.length} in all: ${list(plan)}`,
    );
    console.log(`  report: ${report.length} in all: ${list(report)}`);
    console.log('  (the comments are asked for once the document is on screen; sent with the document they would need no request)');
    await page.context().close();

    // 3. Time to first content and to an editable plan, cold (a new browser context each run).
    const content: number[] = [];
    const editable: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const p = await signedInPage(browser, anna);
      await p.goto(`${server.base}/?unitId=${lark}&year=2026-27`);
      await p
        .getByRole('button', { name: 'Lägg till åtagande' })
        .first()
        .waitFor()
        .catch(async (e) => {
          await p.screenshot({ path: '/tmp/bench-fail.png' });
          throw e;
        });
      const marks = await marksOf(p);
      if (i > 0) {
        // the first run warms the server, not the browser
        content.push(marks.content!);
        editable.push(marks.editable!);
      }
      await p.context().close();
    }
    console.log(`\n3. Opening a plan by its link, cold browser cache, ${RUNS} runs (localhost, demo data)`);
    console.log(`  first content (heading and goal areas): ${spread(content)}`);
    console.log(
      `  editable plan:                          ${spread(editable)}  ${median(editable) <= 800 ? 'OK' : 'ABOVE TARGET'} (target ≤ 800 ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
