/**
 * bench/year (`npm run bench:year`): a 300-unit municipality's school year on SharePoint, against
 * the Graph fake with 100 ms added to every request and SharePoint's documented RU costs (the
 * app's own meter, GraphBudget's table; the fake's request counts beside it). Plans and reports
 * written, follow-ups, three dialogue rounds with invitations (delivered through a local Bot
 * Connector) and answers, two TLD rounds of 100,000 answers each, the overview opened daily by
 * 10 organisers, the annual follow-up published. The year runs on simulated time (sim-time.ts):
 * each action at its scripted minute, time running at wall speed while it works, and each Graph
 * request's latency added to simulated time instead of waited for (SimTime.latent).
 *
 * Prints total RU, the busiest minute against 1,200 RU/min, RU and Graph requests per activity
 * and per user action, against the targets: no minute above 50 % of the budget, the year ≤ 10 %
 * of a year's budget. Flags: --units N (300), --answers N per round (100000), --latency ms (100),
 * --to YYYY-MM-DD (the last day played; the whole year by default), --latency-wall (the fake
 * sleeps the latency in wall time, as before: slower, for comparing), --http (the app reaches the
 * fake over HTTP instead of calling its handler in-process: the same answers, more CPU).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLimitedConnector } from '../fanout/fake-connector';
import { GraphBudget } from '../../src/adapters/graph/graph-budget';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { swedishToInstant } from '../../src/domain/swedish-time';
import { FakeGraphServer } from '../../tests/graph/fake-graph-server';
import { openGraphStore } from '../../tests/graph/graph-test-store';
import { fmt } from '../support/load';
import { play, seeded, workdays, YearCalendar, type Action } from './calendar';
import { writeMunicipality } from './municipality';
import { SimTime, YearMeter } from './sim-time';
import { ANSWER_ACTIVITY, FIRST_DAY, LAST_DAY, YearScript } from './year-script';
import { printYear } from './report';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const UNITS = flag('units', 300);
const ANSWERS = flag('answers', 100_000);
const LATENCY_MS = flag('latency', 100);
const LATENCY_WALL = process.argv.includes('--latency-wall');
const OVER_HTTP = process.argv.includes('--http') || LATENCY_WALL;
/** --to YYYY-MM-DD: play the year only so far (the autumn holds two dialogue rounds and a TLD round). */
const TO = (() => {
  const i = process.argv.indexOf('--to');
  return i > 0 ? process.argv[i + 1] : LAST_DAY;
})();
/** Lanes of concurrent user actions; the children answering a TLD round have their own, wider. */
const WIDTH = 48;
const ANSWER_WIDTH = 400;

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
/** Resident set and heap now, CPU so far (the bench process; the monthly line). */
function memory(): string {
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  return `rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}, cpu ${fmt((cpu.user + cpu.system) / 1e6, 0)} s`;
}

async function main() {
  const wallStart = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'ska-bench-year-'));
  const fake = await FakeGraphServer.start();
  // Graph gives list items in pages of up to 5,000 when $top asks for it (the adapter asks).
  fake.maxPageSize = 5000;
  const sim = new SimTime(swedishToInstant(FIRST_DAY, '06:00'));
  // Teams' limits counted on simulated time, as the sender paces (its sleeps take no wall time here).
  const connector = await startLimitedConnector({ latencyMs: 30, now: () => sim.nowMs() });
  const siteId = fake.createSite();
  await openGraphStore(fake, { siteId }).provision(LIST_SCHEMA);
  if (LATENCY_WALL) fake.latencyMs = LATENCY_MS;

  const meter = new YearMeter(sim);
  const store = openGraphStore(fake, {
    siteId,
    budget: new GraphBudget(1200, () => sim.nowMs()),
    onOperation: meter.onOperation,
    ...(LATENCY_WALL
      ? {}
      : { fetchOverride: (input, init) => sim.latent(LATENCY_MS, () => (OVER_HTTP ? fetch : fake.fetch)(input, init)) }),
  });
  await store.verify(LIST_SCHEMA);
  const municipality = await writeMunicipality(store, UNITS, connector.url);
  // The annual follow-up is published as a page of the site (SharePointPagePublisher: the intranet site, here the data site).
  const config = parseConfig({
    SKA_STAGE: 'test',
    PORT: '0',
    SKA_DATA_DIR: dir,
    SKA_SEED_DEMO: 'false',
    SKA_CHECK_RESPONSES: 'false',
    SKA_INTRANET_SITE_ID: siteId,
  });
  const errors: string[] = [];
  // What the outbox said about each item (in doubt, taken over, …), at which simulated moment: a duplicate's story.
  const outboxEvents = new Map<string, string[]>();
  const logCounts = new Map<string, number>();
  const note = (m: string, d?: Record<string, unknown>) => {
    logCounts.set(m, (logCounts.get(m) ?? 0) + 1);
    const id = typeof d?.id === 'string' ? d.id : undefined;
    if (id && m.startsWith('outbox')) {
      const events = outboxEvents.get(id) ?? [];
      if (events.length < 8) events.push(`${sim.now().toISOString()} ${m} ${JSON.stringify(d).slice(0, 160)}`);
      outboxEvents.set(id, events);
    }
  };
  const log = {
    info: note,
    error: (m: string, d?: Record<string, unknown>) => {
      note(m, d);
      errors.push(`${m} ${JSON.stringify(d ?? {}).slice(0, 200)}`);
    },
  };
  // Packs no larger than SharePoint's minPack: what the peak minute's real arrivals (a few a second) make.
  const app = await composeApp(config, {
    clock: sim,
    store,
    log,
    background: { scheduler: false, timer: sim.timer() },
    surveyPacking: { maxGroup: 10 },
  });
  const setupS = (performance.now() - wallStart) / 1000;

  const cal = new YearCalendar(seeded(2026));
  const followUpMonths = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05'];
  const overviewDays = workdays('2026-08-17', '2027-06-18');
  const script = new YearScript(
    app.services,
    municipality,
    cal,
    { answersPerRound: ANSWERS, followUpMonths, overviewDays },
    (step) => sim.runHere('(bench)', step),
    () => app.scheduler.tick(),
  );
  script.schedule();

  meter.counting = true;
  const failures = new Map<string, number>();
  const run = async (a: Action): Promise<void> => {
    await meter.action(a.at, a.activity, a.run).catch((e) => {
      failures.set(a.activity, (failures.get(a.activity) ?? 0) + 1);
      if ((failures.get(a.activity) ?? 0) <= 3) errors.push(`${a.activity}: ${String(e).slice(0, 300)}`);
    });
  };
  const playStart = performance.now();
  const report = (to: string, playS: number) =>
    printYear({
      meter,
      units: UNITS,
      answersPerRound: ANSWERS,
      latencyMs: LATENCY_MS,
      latencyWall: LATENCY_WALL,
      overHttp: OVER_HTTP,
      setupS,
      playS,
      writer: app.surveyWriter.stats,
      connector: connector.stats,
      fake: fake.stats,
      failures,
      errors,
      to,
    });
  // Ctrl-C (SIGINT) prints the figures so far: the days dispatched, some of the last one's actions still running.
  let lastDay = FIRST_DAY;
  process.once('SIGINT', () => {
    report(lastDay, (performance.now() - playStart) / 1000);
    process.exit(130);
  });
  const widthOf = (a: Action) => (a.activity === ANSWER_ACTIVITY ? ANSWER_WIDTH : WIDTH);
  await play(cal, FIRST_DAY, TO, widthOf, run, (day) => {
    fake.stats.log.length = 0; // the fake's request log is for tests; a year of it is only memory
    lastDay = day;
    if (day.endsWith('-01') || process.env.BENCH_YEAR_DEBUG)
      console.error(
        `  … ${day}: ${fmt((performance.now() - playStart) / 1000, 0)} s, ${Math.round(meter.ru).toLocaleString('sv-SE')} RU so far, ${memory()}`,
      );
  });
  // What the outbox still holds goes out before the count ends.
  const drainUntil = performance.now() + 120_000;
  while ((await sim.runHere('(bench)', () => app.services.outbox.withState('pending'))).length > 0 && performance.now() < drainUntil)
    await new Promise((r) => setTimeout(r, 500));
  await app.surveyWriter.close();
  meter.counting = false;

  report(TO, (performance.now() - playStart) / 1000);
  console.log(`  outbox sender: ${JSON.stringify(app.sender.stats)}`);
  const served = [...fake.stats.pageItems].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`  items the fake served in query pages, by list: ${served.map(([l, c]) => `${l} ${c.toLocaleString('sv-SE')}`).join(', ')}`);
  console.log(`  log lines: ${[...logCounts].map(([m, c]) => `${m} ×${c}`).join('; ') || 'none'}`);
  const duplicated = [...connector.stats.deliveries].filter(([, c]) => c > 1);
  for (const [id, c] of duplicated.slice(0, 20)) {
    const item = await sim.runHere('(bench)', () => app.services.outbox.get(id)).catch(() => undefined);
    console.log(
      `  duplicate ×${c} ${id}: ${item ? `${item.kind} ${item.state} attempts ${item.attempts} claimedBy ${item.claimedBy}` : 'item not found'}`,
    );
    for (const e of outboxEvents.get(id) ?? []) console.log(`      ${e}`);
  }
  await app.close();
  await connector.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
