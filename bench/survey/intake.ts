/**
 * Intake: autocannon (the bench process) against POST /s/{code} on the app and against a bare
 * restify handler, each in its own process; a unique device token per request; each run's seconds
 * taken in slices by turns (see interleaved); median of 3 with the spread (target ≥ 0.6× bare, durable: each group commit's WAL flushed before "Tack!").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { fmt, loadNow, median, spread } from '../support/load';
import { post, startTarget, writerStats, type Target } from './targets';

export async function intake(connectionCounts = [32, 128], seconds = 8) {
  console.log('intake: autocannon in this process → POST /s/{code} (app) and POST /bare (restify), each server in its own process');
  const fsyncMs = measureFsync();
  console.log(`  this disk: a SQLite commit with synchronous=FULL (one fsync) takes ${fmt(fsyncMs, 1)} ms (median of 100)`);
  const [bare, app] = [await startTarget('bare'), await startTarget('app')];
  try {
    await post(bare, { connections: 16, duration: 2 }); // warm-up
    await post(app, { connections: 16, duration: 2 });
    for (const connections of connectionCounts) {
      const runs: { bare: number; app: number; ratio: number; bareCpu: number; appCpu: number }[] = [];
      for (let run = 1; run <= 3; run++) {
        const { b, s } = await interleaved(bare, app, connections, seconds);
        runs.push({ bare: b.perSecond, app: s.perSecond, ratio: s.perSecond / b.perSecond, bareCpu: b.cpuUs, appCpu: s.cpuUs });
        console.log(
          `  ${connections} connections, run ${run} (${loadNow()}): bare ${fmt(b.perSecond, 0)}/s, app ${fmt(s.perSecond, 0)}/s, ratio ${fmt(s.perSecond / b.perSecond, 2)}; server CPU per request: bare ${fmt(b.cpuUs, 0)} µs, app ${fmt(s.cpuUs, 0)} µs, bare/app ${fmt(b.cpuUs / s.cpuUs, 2)}`,
        );
      }
      const of = (k: keyof (typeof runs)[number]) => runs.map((r) => r[k]);
      const ratio = median(of('ratio'));
      console.log(`  ${connections} connections — bare restify: ${spread(of('bare'))} req/s`);
      console.log(`  ${connections} connections — POST /s/{code}: ${spread(of('app'))} req/s`);
      console.log(
        `  ${connections} connections — ratio: ${spread(of('ratio'), 2)}  (target ≥ 0.60) ${ratio >= 0.6 ? 'OK' : 'BELOW TARGET'}`,
      );
      // CPU per request does not count other processes' turns: on a busy machine, the steadier comparison.
      const cpuRatios = runs.map((r) => r.bareCpu / r.appCpu);
      console.log(
        `  ${connections} connections — server CPU per request: bare ${spread(of('bareCpu'))} µs, app ${spread(of('appCpu'))} µs, bare/app ${spread(cpuRatios, 2)}`,
      );
      // Every answer waits for one fsync, so n connections cannot go faster than n per fsync.
      console.log(
        `  ${connections} connections — ceiling of a durable answer: ${connections} / fsync ${fmt(fsyncMs, 1)} ms = ${fmt((1000 * connections) / fsyncMs, 0)} req/s`,
      );
    }
  } finally {
    await bare.stop();
    const stats = writerStats(await app.stop());
    if (stats) console.log(`  ${stats}`);
  }
}

/** Slices of a run, taken in turns (bare, app, app, bare, …). */
const SLICES = 4;

/**
 * One run: `seconds` of load on each server, in SLICES slices taken in turns, so that the
 * machine's own speed, which drifts on this shared virtual machine (bare restify alone moved
 * from 14,000 to 30,000 req/s between runs seconds apart), weighs on both alike.
 */
async function interleaved(bare: Target, app: Target, connections: number, seconds: number) {
  const slice = Math.max(1, Math.round(seconds / SLICES));
  const sum = { bare: { n: 0, s: 0, cpu: 0, failed: 0 }, app: { n: 0, s: 0, cpu: 0, failed: 0 } };
  for (let i = 0; i < SLICES; i++) {
    for (const which of i % 2 ? (['app', 'bare'] as const) : (['bare', 'app'] as const)) {
      const r = await post(which === 'bare' ? bare : app, { connections, duration: slice });
      const acc = sum[which];
      acc.n += r.answered;
      acc.s += r.seconds;
      acc.cpu += r.cpuUs * r.answered;
      acc.failed += r.non2xx;
    }
  }
  if (sum.bare.failed || sum.app.failed) throw new Error(`failed requests: app ${sum.app.failed}, bare ${sum.bare.failed}`);
  const of = (a: typeof sum.bare) => ({ perSecond: a.n / a.s, cpuUs: a.cpu / Math.max(1, a.n) });
  return { b: of(sum.bare), s: of(sum.app) };
}

/** What one durable commit costs on this disk, measured as the app commits (WAL, synchronous=FULL). */
function measureFsync(): number {
  const dir = mkdtempSync(join(tmpdir(), 'ska-bench-fsync-'));
  const db = new Database(join(dir, 'fsync.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const commit = db.transaction((v: string) => insert.run(v));
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    commit('x'.repeat(3000));
    times.push(performance.now() - t0);
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return median(times);
}
