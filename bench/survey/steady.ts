/**
 * p99 at a steady 500 req/s (target ≤ 50 ms): one request every 2 ms from a client in its own process
 * (bench/survey/steady-client.ts, open loop), each timed from when it was due, against the app and
 * bare restify. autocannon's
 * overallRate is not that (each connection sends its share of a second back to back, then waits for
 * the next second), and its correction for that records a slow answer as if one were due every ms
 * (Math.ceil(1 / rate) in lib/run.js), so its figure is printed raw and beside.
 */
import { PACKING } from '../../src/app/survey/survey-writer';
import { fmt, loadNow, median, spread } from '../support/load';
import { post, startTarget, steadyPost, writerStats } from './targets';

export async function steadyRate(rate = 500, seconds = 8) {
  console.log(`p99 at a steady ${rate} req/s: open loop from its own process → POST /s/{code} and POST /bare`);
  const [bare, app] = [await startTarget('bare'), await startTarget('app')];
  try {
    await post(app, { connections: 16, duration: 2 }); // warm-up
    const runs: { app: number; bare: number; bursty: number }[] = [];
    for (let run = 1; run <= 3; run++) {
      const s = await steadyPost(app, rate, seconds);
      const b = await steadyPost(bare, rate, seconds);
      const a = await post(app, { connections: 50, duration: seconds, overallRate: rate, raw: true });
      if (s.failed || b.failed || a.non2xx)
        throw new Error(`failed requests at ${rate} req/s: ${s.failed + b.failed + a.non2xx} (${s.firstFailure || b.firstFailure})`);
      runs.push({ app: s.p99, bare: b.p99, bursty: a.p99 });
      const slowest = s.slowest.map((x) => `${fmt(x.ms, 0)} ms sent at ${fmt(x.at / 1000, 2)} s`).join(', ');
      console.log(
        `  ${rate} req/s run ${run} (${loadNow()}): app sent ${fmt(s.sentPerSecond, 0)}/s (p99 ${fmt(s.sendLateP99)} ms late) p50 ${fmt(s.p50)} ms p99 ${fmt(s.p99)} ms p99.9 ${fmt(s.p999)} ms; slowest ${slowest}; bare sent ${fmt(b.sentPerSecond, 0)}/s p99 ${fmt(b.p99)} ms max ${fmt(b.max)} ms; autocannon overallRate (raw) app p99 ${a.p99} ms`,
      );
    }
    const p99 = runs.map((r) => r.app);
    console.log(
      `  p99 at a steady ${rate} req/s: ${spread(p99, 1)} ms (bare ${spread(
        runs.map((r) => r.bare),
        1,
      )} ms)  (target ≤ 50 ms) ${median(p99) <= 50 ? 'OK' : 'ABOVE TARGET'}`,
    );
    console.log(
      `  the ~2 s answers sent in a run's last moment are the last few, held for company (PACKING.sqlite: fewer than ${PACKING.sqlite.minPack} wait up to ${PACKING.sqlite.maxHoldMs} ms, so that no pack dates one child's answer)`,
    );
    console.log(
      `  p99 with autocannon overallRate ${rate}, 50 connections (bursts each second, uncorrected): ${spread(runs.map((r) => r.bursty))} ms`,
    );
  } finally {
    await bare.stop();
    const stats = writerStats(await app.stop());
    if (stats) console.log(`  ${stats}`);
  }
}
