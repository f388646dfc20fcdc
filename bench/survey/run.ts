/**
 * bench/survey: the anonymous survey, measured from outside, one measure per file:
 *  intake  (intake.ts)  autocannon against POST /s/{code} and a bare restify handler, ratio and CPU per answer;
 *  steady  (steady.ts)  p99 at a steady 500 req/s, open loop, with autocannon's overallRate beside it;
 *  ru      (ru.ts)      RU per answer on the Graph fake (100 ms per request), at a peak and as a trickle;
 *  results (results.ts) results for 100,000 answers over 300 units from a cold store, SQLite and Graph fake.
 * `npm run bench:survey [measure…]` (all when none is named); `intake 32` runs intake at 32 connections only.
 * BENCH_CPU_PROF=dir profiles the app target (node --cpu-prof). Traffic goes to 127.0.0.1 only; every run is bounded in time.
 */
import { intake } from './intake';
import { resultsFromCold } from './results';
import { writeCost } from './ru';
import { steadyRate } from './steady';

const MEASURES: Record<string, (args: string[]) => Promise<void>> = {
  intake: (args) => intake(args.length ? args.map(Number) : undefined),
  steady: () => steadyRate(),
  ru: () => writeCost(),
  results: (args) => resultsFromCold(args.length ? args : undefined),
};

async function main() {
  const [only, ...args] = process.argv.slice(2);
  if (only && !MEASURES[only]) throw new Error(`unknown measure "${only}": one of ${Object.keys(MEASURES).join(', ')}`);
  for (const [name, run] of Object.entries(MEASURES)) if (!only || only === name) await run(only ? args : []);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
