/** bench/year's figures against the targets. */
import { fmt } from '../support/load';
import type { YearMeter } from './sim-time';
import type { ConnectorStats } from '../fanout/fake-connector';

const BUDGET_PER_MINUTE = 1200;
const YEAR_BUDGET = BUDGET_PER_MINUTE * 60 * 24 * 365;
/** docs/instances.md (measured by tests/instances/idle-cost.test.ts): the leader's idle background a day. */
const IDLE_RU_PER_DAY = 736;

export interface YearFigures {
  meter: YearMeter;
  units: number;
  answersPerRound: number;
  latencyMs: number;
  /** The latency slept by the fake in wall time (--latency-wall) rather than added to simulated time. */
  latencyWall: boolean;
  /** The fake reached over HTTP (--http) rather than in-process. */
  overHttp: boolean;
  setupS: number;
  playS: number;
  writer: { groups: number; answers: number; items: number };
  connector: ConnectorStats;
  fake: { http: number; subRequests: number };
  failures: Map<string, number>;
  errors: string[];
  /** The last day played (the year's end unless --to). */
  to: string;
}

const n = (x: number) => Math.round(x).toLocaleString('sv-SE');
const pct = (x: number) => `${fmt(x * 100, 1)} %`;
const ok = (pass: boolean) => (pass ? 'OK' : 'OVER TARGET');

export function printYear(f: YearFigures): void {
  const { meter } = f;
  const busiest = meter.busiestMinute();
  const idleYear = IDLE_RU_PER_DAY * 365;
  const total = meter.ru + idleYear;
  const at = new Date(busiest.minute * 60_000).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const duplicates = [...f.connector.deliveries.values()].reduce((s, c) => s + c - 1, 0);
  console.log(
    `bench/year — ${f.units} units, school year 2026/27 on the Graph fake (+${f.latencyMs} ms a request, ${f.latencyWall ? 'slept in wall time' : 'on simulated time'}, ${f.overHttp ? 'over HTTP' : 'in-process'}), 2 TLD rounds × ${n(f.answersPerRound)} answers`,
  );
  if (f.to < '2027-06-30') console.log(`  played up to ${f.to} only (--to, or interrupted): totals are of that part of the year`);
  console.log(`  wall time: set-up ${fmt(f.setupS, 0)} s, the year ${fmt(f.playS, 0)} s (one run: the figures are counts, not speeds)`);
  console.log('');
  console.log(
    `  total RU of the year's actions and their background: ${n(meter.ru)} RU (${n(meter.requests)} Graph requests; the fake saw ${n(f.fake.http)} HTTP requests, ${n(f.fake.subRequests)} in batches)`,
  );
  console.log(`  + idle background, 365 days × ${IDLE_RU_PER_DAY} RU (docs/instances.md): ${n(idleYear)} RU`);
  console.log(
    `  = ${n(total)} RU of a year's budget ${n(YEAR_BUDGET)} (1,200 RU/min): ${pct(total / YEAR_BUDGET)} — target ≤ 10 %: ${ok(total / YEAR_BUDGET <= 0.1)}`,
  );
  console.log(
    `  busiest minute: ${n(busiest.ru)} RU at ${at}, ${pct(busiest.ru / BUDGET_PER_MINUTE)} of 1,200 RU/min — target ≤ 50 %: ${ok(busiest.ru <= BUDGET_PER_MINUTE / 2)}`,
  );
  const parts = [...(meter.byMinuteActivity.get(busiest.minute) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
  console.log(`    of which: ${parts.map(([activity, ru]) => `${activity} ${n(ru)}`).join(', ')}`);
  const top = [...meter.byMinute.entries()].sort((a, b) => b[1] - a[1]).slice(1, 4);
  const when = (m: number) => new Date(m * 60_000).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' });
  console.log(`  next busiest minutes: ${top.map(([m, ru]) => `${n(ru)} RU at ${when(m)}`).join('; ')}`);
  const over = [...meter.byMinute.values()].filter((ru) => ru > BUDGET_PER_MINUTE / 2).length;
  console.log(`  minutes above 600 RU: ${over}; throttled answers seen: ${meter.throttled}`);
  console.log('');
  console.log('  activity                                      actions   requests  req/action        RU  RU/action   share');
  const rows = [...meter.byActivity.entries()].sort((a, b) => b[1].ru - a[1].ru);
  for (const [name, a] of rows) {
    const per = a.actions ? a.requests / a.actions : 0;
    const ruPer = a.actions ? a.ru / a.actions : 0;
    console.log(
      `  ${name.padEnd(44)} ${n(a.actions).padStart(8)} ${n(a.requests).padStart(10)} ${fmt(per, 1).padStart(11)} ${n(a.ru).padStart(9)} ${fmt(ruPer, 1).padStart(10)} ${pct(a.ru / Math.max(1, meter.ru)).padStart(7)}`,
    );
  }
  console.log('');
  console.log('  costliest operations:');
  for (const [op, o] of [...meter.byOperation.entries()].sort((a, b) => b[1].ru - a[1].ru).slice(0, 8))
    console.log(`    ${op.padEnd(60)} ${n(o.requests).padStart(9)} requests ${n(o.ru).padStart(9)} RU`);
  for (const [name, a] of rows.slice(0, 3)) {
    console.log(`  ${name}, by operation:`);
    for (const [op, o] of [...a.operations.entries()].sort((x, y) => y[1].ru - x[1].ru).slice(0, 5))
      console.log(`    ${op.padEnd(60)} ${n(o.requests).padStart(9)} requests ${n(o.ru).padStart(9)} RU`);
  }
  console.log('');
  const answers = f.writer.answers;
  console.log(
    `  TLD answers stored: ${n(answers)} in ${n(f.writer.items)} packs (${fmt(answers / Math.max(1, f.writer.items), 1)} answers a pack)`,
  );
  console.log(
    `  invitations and other messages delivered: ${n(f.connector.deliveries.size)}, duplicates ${duplicates}, Bot Connector 429s ${f.connector.limited}`,
  );
  const failed = [...f.failures.entries()];
  console.log(`  failed actions: ${failed.length ? failed.map(([a, c]) => `${a} ×${c}`).join(', ') : 'none'}`);
  for (const e of f.errors.slice(0, 10)) console.log(`    ${e}`);
}
