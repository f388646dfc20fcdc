/**
 * bench/tab/profile: where the cold plan link's milliseconds go. Opens the plan link in a fresh
 * context with a Chromium trace (CDP Tracing, devtools.timeline) and prints, up to "editable":
 * the main thread's time by kind (script compile, script run, style and layout, paint, idle),
 * its long tasks, and the network waterfall (resource timing) with what started each request.
 * Runs against the built tab (npm run build, or bench:tab, first). PROFILE_RUNS (default 3); PROFILE_TRACE=0 times
 * without the trace (whose own cost is tens of percent on a busy machine).
 *   npx tsx bench/tab/profile.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { fmt, median } from '../support/load';
import { CHROMIUM, CHROMIUM_ARGS, marksOf, signedInPage, startServer } from './bed';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const DIST = resolve(__dirname, '..', '..', 'dist', 'tabs');

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The JS profile's self time by original source file (through the build's source maps) and by function. */
function cpuBySource(profile: CpuProfile) {
  const maps = new Map<string, SourceMapConsumer | null>();
  const consumer = (url: string) => {
    const file = join(DIST, new URL(url).pathname + '.map');
    if (!maps.has(url))
      maps.set(url, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap) : null);
    return maps.get(url);
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let where = url ? new URL(url).pathname : `(${functionName || 'program'})`;
    let name = functionName || '(anonymous)';
    const map = url.startsWith('http') ? consumer(url) : null;
    if (map) {
      const pos = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos.source) {
        where = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
        name = `${pos.name ?? name} (${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line})`;
      }
    }
    bySource.set(where, (bySource.get(where) ?? 0) + us);
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { bySource: top(bySource, 15), byFunction: top(byFunction, 20) };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** What a main-thread event is, by the DevTools performance panel's categories. */
function kindOf(name: string): string {
  if (/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceModuleCache|v8\.produceCache|CompileScript|CompileCode)/i.test(name))
    return 'script compile';
  if (
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|v8\.run|V8\.Execute|RunMicrotasks|v8\.callFunction|FireIdleCallback|XHRReadyStateChange|ResourceReceivedData|ParseAuthorStyleSheet|v8\.)/.test(
      name,
    )
  )
    return name.startsWith('ParseAuthorStyleSheet') ? 'style' : 'script run';
  if (/^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState)/.test(name)) return 'gc';
  if (
    /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|Layout|UpdateLayerTree|InvalidateLayout|HitTest|IntersectionObserverController)/.test(
      name,
    )
  )
    return 'style and layout';
  if (/^(Paint|PaintImage|CompositeLayers|Layerize|PrePaint|Commit|RasterTask|UpdateLayer|ImageDecodeTask)/.test(name)) return 'paint';
  if (/^(ParseHTML|ResourceSendRequest|ResourceReceiveResponse|ResourceFinish)/.test(name)) return 'html and loading';
  return 'other';
}

/** Self time per kind on the page's main thread (the one that saw its navigationStart) between two timestamps (µs). */
function mainThread(events: TraceEvent[], nav: TraceEvent, to: number) {
  const from = nav.ts;
  const best = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.dur !== undefined);
  const xs = best.filter((e) => e.ts + e.dur! > from && e.ts < to).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const byName = new Map<string, number>();
  const tasks: { at: number; dur: number; top: string }[] = [];
  // Self time: an event's duration less its children's (events nest on one thread).
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= until) {
      const { e, child } = stack.pop()!;
      const s = Math.max(0, Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from) - child);
      if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') {
        self.set(kindOf(e.name), (self.get(kindOf(e.name)) ?? 0) + s);
        byName.set(e.name, (byName.get(e.name) ?? 0) + s);
      } else self.set('task overhead', (self.get('task overhead') ?? 0) + s);
      if (stack.length) stack[stack.length - 1].child += Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from);
    }
  };
  for (const e of xs) {
    close(e.ts);
    if (!stack.length && e.dur! >= 20_000) {
      const kids = xs.filter((k) => k !== e && k.ts >= e.ts && k.ts + k.dur! <= e.ts + e.dur! && k.name !== 'RunTask');
      const top = kids.sort((a, b) => b.dur! - a.dur!)[0];
      const url = (top?.args?.data?.url as string | undefined) ?? (top?.args?.data?.functionName as string | undefined) ?? '';
      tasks.push({ at: (e.ts - from) / 1000, dur: e.dur! / 1000, top: top ? `${top.name} ${url.replace(/^.*\//, '')}` : e.name });
    }
    stack.push({ e, child: 0 });
  }
  close(Infinity);
  const busy = [...self.values()].reduce((s, v) => s + v, 0);
  return { self, byName, tasks, busy, span: to - from };
}

async function waterfall(page: Page, until: number) {
  return page.evaluate((end) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const rows = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.startTime < end)
      .map((r) => ({
        what: new URL(r.name).pathname.replace(/\/units\/[^/]+/, '/units/…'),
        start: r.startTime,
        end: r.responseEnd,
        kB: r.encodedBodySize / 1024,
        by: r.initiatorType,
      }));
    return [{ what: 'document', start: 0, end: nav.responseEnd, kB: nav.encodedBodySize / 1024, by: 'navigation' }, ...rows];
  }, until);
}

type Server = Awaited<ReturnType<typeof startServer>>;

/** One cold open of the plan link with a trace (and, if asked, a JS profile). */
async function tracedRun(browser: Browser, server: Server, token: string, unitId: string, cpu: boolean) {
  const page = await signedInPage(browser, token);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  if (cpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const trace = process.env.PROFILE_TRACE !== '0';
  if (trace)
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'v8.execute',
          'v8',
          'blink.user_timing',
          'loading',
          'disabled-by-default-devtools.timeline',
        ],
      },
    });
  await page.goto(`${server.base}/?unitId=${unitId}&year=2026-27`);
  await page.getByRole('button', { name: 'Lägg till åtagande' }).first().waitFor();
  const marks = await marksOf(page);
  const rows = await waterfall(page, marks.editable!);
  const profile = cpu ? ((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile) : null;
  if (trace) {
    await cdp.send('Tracing.end');
    await done;
  }
  await page.context().close();
  // The page's time origin in trace time: navigationStart of the link's document.
  const nav = events
    .filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL as string | undefined)?.includes('unitId='))
    .sort((a, b) => b.ts - a.ts)[0];
  if (!trace) return { editable: marks.editable!, rows, thread: null, profile, events };
  if (!nav) throw new Error('no navigationStart in the trace');
  return { editable: marks.editable!, rows, thread: mainThread(events, nav, nav.ts + marks.editable! * 1000), profile, events };
}

function printDetail(
  run: Awaited<ReturnType<typeof tracedRun>> & { thread: NonNullable<Awaited<ReturnType<typeof tracedRun>>['thread']> },
) {
  const t = run.thread;
  writeFileSync('/tmp/bench-tab-trace.json', JSON.stringify({ traceEvents: run.events }));
  console.log(`\nlast run: editable at ${fmt(run.editable, 0)} ms; main thread busy ${fmt(t.busy / 1000, 0)} ms of it`);
  console.log('  network (ms from navigation start):');
  for (const r of run.rows)
    console.log(`    ${fmt(r.start, 0).padStart(5)}–${fmt(r.end, 0).padEnd(5)} ${r.what} ${fmt(r.kB)} kB (${r.by})`);
  console.log('  long tasks (≥ 20 ms):');
  for (const k of t.tasks) console.log(`    at ${fmt(k.at, 0).padStart(5)} ms, ${fmt(k.dur, 0)} ms: ${k.top}`);
  const top = [...t.byName].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log('  top events by self time: ' + top.map(([n, v]) => `${n} ${fmt(v / 1000, 0)}`).join(', '));
  console.log('  trace: /tmp/bench-tab-trace.json (open in chrome://tracing or DevTools)');
  if (run.profile) {
    // Sampled until the profile stopped (a little after editable).
    const { bySource, byFunction } = cpuBySource(run.profile);
    console.log('  JS self time by source (ms): ' + bySource.map(([n, v]) => `${n} ${fmt(v / 1000, 0)}`).join(', '));
    console.log('  JS self time by function (ms):');
    for (const [n, v] of byFunction) console.log(`    ${fmt(v / 1000, 1).padStart(6)} ${n}`);
  }
}

const range = (xs: number[]) => `${fmt(median(xs), 0)} (${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)})`;

async function main() {
  // TABS_DIRS=a,b: builds compared in one run, their cold runs interleaved (the same load for both).
  const builds = (process.env.TABS_DIRS ?? 'dist/tabs').split(',');
  const servers = await Promise.all(builds.map((dir) => startServer({ tabsDir: resolve(dir) })));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const results = builds.map(() => ({ editable: [] as number[], totals: {} as Record<string, number[]> }));
  const loads: string[] = [readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')];
  try {
    const people = await Promise.all(
      servers.map(async (s) => ({ token: await s.tokenFor('Anna Berg'), unit: await s.unitId('Lärkans förskola') })),
    );
    for (let i = 0; i < RUNS + 1; i++)
      for (let j = 0; j < builds.length; j++) {
        const b = (i + j) % builds.length; // alternate which build goes first
        const last = i === RUNS && (builds.length === 1 || process.env.PROFILE_DETAIL === '1');
        const run = await tracedRun(browser, servers[b], people[b].token, people[b].unit, last && process.env.PROFILE_CPU === '1');
        if (i === 0) continue; // the first run warms the server
        results[b].editable.push(run.editable);
        if (run.thread) {
          for (const [k, v] of run.thread.self) (results[b].totals[k] ??= []).push(v / 1000);
          (results[b].totals['main thread busy'] ??= []).push(run.thread.busy / 1000);
        }
        if (last && run.thread) {
          if (builds.length > 1) console.log(`\n${builds[b]}:`);
          printDetail({ ...run, thread: run.thread });
        }
      }
    loads.push(readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '));
    console.log(
      `\n${RUNS} cold runs per build, load average ${loads.join(' → ')}; main thread self time up to editable, median (min–max) ms:`,
    );
    builds.forEach((dir, b) => {
      const { editable, totals } = results[b];
      console.log(`${dir}: editable ${range(editable)}`);
      for (const [k, v] of Object.entries(totals).sort((x, y) => median(y[1]) - median(x[1]))) console.log(`  ${k.padEnd(18)} ${range(v)}`);
    });
    if (builds.length === 2) {
      const ratio = (k: (r: (typeof results)[number]) => number[] | undefined) =>
        fmt(median(k(results[1]) ?? [0]) / median(k(results[0]) ?? [1]), 2);
      const traced = results.every((r) => r.totals['main thread busy']);
      console.log(
        `${builds[1]} / ${builds[0]}: editable ${ratio((r) => r.editable)}×` +
          (traced
            ? `, main thread busy ${ratio((r) => r.totals['main thread busy'])}×, script run ${ratio((r) => r.totals['script run'])}×`
            : ''),
      );
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
