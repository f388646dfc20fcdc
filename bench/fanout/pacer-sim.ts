/**
 * The pacer on virtual time, free of the machine's load: 1,000 requests to distinct conversations,
 * each answered after a latency, with the event loop stalling now and then (a stall delays every
 * wake-up due during it). Prints the ratio to the 20 s minimum and the busiest second, for the
 * pacing options given, so their effect is seen without the noise of a shared machine.
 *   npx tsx bench/fanout/pacer-sim.ts
 */
import { SendPacer, TEAMS_LIMITS, type PacingLimits } from '../../src/domain/send-pacing';

interface Model {
  latencyMs: () => number;
  /** Chance per request that the loop stalls right after it, and for how long. */
  stall: { p: number; ms: () => number };
  concurrency: number;
}

function simulate(limits: PacingLimits, model: Model, n = 1000): { ratio: number; busiest: number } {
  const pacer = new SendPacer(limits);
  let now = 0;
  const inflight: { at: number; answer: (t: number) => void }[] = [];
  const arrivals: number[] = [];
  let blockedUntil = 0;
  for (let i = 0; i < n; i++) {
    // Items are prepared ahead (the sender's prepareAhead): each is ready long before its slot.
    const waitingSince = Math.max(0, now - 500);
    for (;;) {
      inflight.sort((a, b) => a.at - b.at);
      // answers due by now are seen (late if the loop was blocked)
      while (inflight.length && inflight[0].at <= now) inflight.shift()!.answer(now);
      const at = pacer.nextAt(`c${i}`, now);
      if (at === Infinity || inflight.length >= model.concurrency) {
        now = Math.max(now, blockedUntil, inflight[0].at);
        continue;
      }
      if (at > now) {
        // woken at `at`, or later when the loop is blocked; an answer arriving first is seen first
        const next = Math.min(at, inflight[0]?.at ?? Infinity);
        now = Math.max(next, blockedUntil);
        continue;
      }
      break;
    }
    const answered = pacer.record(`c${i}`, now, waitingSince);
    const l = model.latencyMs();
    arrivals.push(now + l / 2);
    inflight.push({ at: now + l, answer: answered });
    if (Math.random() < model.stall.p) blockedUntil = now + model.stall.ms();
  }
  const last = Math.max(...inflight.map((x) => x.at), now);
  const sorted = arrivals.sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return { ratio: last / ((n / 50) * 1000), busiest };
}

const exp = (mean: number) => () => -Math.log(1 - Math.random()) * mean;
const models: Record<string, Model> = {
  quiet: { latencyMs: () => 4 + exp(2)(), stall: { p: 0.01, ms: exp(20) }, concurrency: 8 },
  loaded: { latencyMs: () => 10 + exp(25)(), stall: { p: 0.03, ms: exp(120) }, concurrency: 8 },
  'loaded, 16 in flight': { latencyMs: () => 10 + exp(25)(), stall: { p: 0.03, ms: exp(120) }, concurrency: 16 },
  'Teams-like latency 150 ms, 8': { latencyMs: () => 100 + exp(50)(), stall: { p: 0.01, ms: exp(20) }, concurrency: 8 },
  'Teams-like latency 150 ms, 16': { latencyMs: () => 100 + exp(50)(), stall: { p: 0.01, ms: exp(20) }, concurrency: 16 },
};
const variants: Record<string, Partial<PacingLimits>> = {
  'catchUp 5': { catchUp: 5 },
  'catchUp 25': { catchUp: 25 },
  'catchUp 50': { catchUp: 50 },
};
for (const [m, model] of Object.entries(models)) {
  for (const [v, change] of Object.entries(variants)) {
    const runs = Array.from({ length: 5 }, () => simulate({ ...TEAMS_LIMITS, ...change }, model));
    const r = runs.map((x) => x.ratio).sort((a, b) => a - b);
    console.log(
      `${m.padEnd(32)} ${v.padEnd(12)} ratio median ${r[2].toFixed(3)} (${r[0].toFixed(3)}–${r[4].toFixed(3)}), busiest ${Math.max(...runs.map((x) => x.busiest))}`,
    );
  }
}
