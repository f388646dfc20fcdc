/**
 * bench/overview: the organiser's overview over 300 units × 3 school years with 100,000 survey
 * answers, on the embedded store. The data is written first (the TLD rounds closed through the use
 * case, as in a real year); then, three times, a fresh server process starts on it and the parent
 * measures the first load after start (target ≤ 500 ms) and drives concurrent organisers with
 * autocannon against it, and against a bare restify handler answering the same body, started the
 * same way. Medians of 3 with the spread; round trips the tab makes for it (target 1).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { fmt, median } from '../support/load';
import { BENCH_NOW } from './bench-clock';

/** The part of autocannon's API used here (it ships no types). */
type Autocannon = (o: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<{
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}>;
const autocannon: Autocannon = require('autocannon');

const YEARS = ['2024/25', '2025/26', '2026/27'];
const FORMS = ['preschool', 'compulsoryF6', 'compulsory79', 'upperSecondary'] as const;
const QUESTIONS = ['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'];
const PRESCHOOL = ['ft1', 'ft2', 'fl1', 'fl2', 'fd1', 'fd2'];

async function seed(store: SqliteListStore) {
  await store.ensureLists(LIST_SCHEMA);
  const units = await store.createMany(
    'units',
    Array.from({ length: 300 }, (_, i) => ({
      fields: {
        name: `Enhet ${String(i + 1).padStart(3, '0')}`,
        schoolForm: FORMS[i % 4],
        schoolUnitCode: String(90000000 + i),
        koladaId: `V15E9${String(i).padStart(8, '0')}`,
        modifiedById: 'bench',
      },
    })),
  );
  await store.createMany('people', [
    {
      fields: {
        displayName: 'Erik Bench',
        email: 'erik@bench',
        aadObjectId: '',
        appRoles: JSON.stringify(['organiser']),
        modifiedById: 'bench',
      },
    },
  ]);
  for (const year of YEARS) {
    const plans: { fields: Record<string, string | number | boolean> }[] = [];
    const areas: typeof plans = [];
    const commitments: typeof plans = [];
    const followUps: typeof plans = [];
    for (const u of units) {
      const planKey = `${u.id}|${year}`;
      plans.push({ fields: { planKey, unitId: u.id, schoolYear: year, status: 'final', modifiedById: 'bench' } });
      for (const [p, key] of ['kunskaper', 'normer-och-varden', 'skola-och-hem'].entries()) {
        areas.push({ fields: { planKey, schoolYear: year, key, label: key, required: p === 0, position: p, modifiedById: 'bench' } });
        for (let c = 0; c < 2; c++) {
          commitments.push({
            fields: {
              planKey,
              schoolYear: year,
              goalAreaId: `${u.id}-${p}`,
              title: `Åtagande ${c}`,
              description: 'x',
              intendedEffects: 'y',
              boardGoalIds: '["bg-kunskap"]',
              successFactors: '["trust"]',
              position: c,
              modifiedById: 'bench',
            },
          });
        }
      }
    }
    await store.createMany('plans', plans);
    await store.createMany('planGoalAreas', areas);
    const created = await store.createMany('commitments', commitments);
    for (const c of created)
      for (let f = 0; f < 3; f++)
        followUps.push({
          fields: {
            planKey: String(c.fields.planKey),
            schoolYear: year,
            commitmentId: c.id,
            date: `2026-0${f + 1}-15`,
            status: ['onTrack', 'atRisk', 'offTrack'][f],
            note: 'n',
            authorId: '1',
            authorName: 'A',
            modifiedById: 'bench',
          },
        });
    await store.createMany('followUps', followUps);
  }
  const rounds = await store.createMany(
    'surveyRounds',
    YEARS.flatMap((y) => [
      {
        fields: {
          schoolYear: y,
          period: 'autumn',
          label: `TLD oktober ${y.slice(0, 4)}`,
          opensOn: `${y.slice(0, 4)}-10-01`,
          closesOn: `${y.slice(0, 4)}-10-31`,
          status: 'open',
          modifiedById: 'bench',
        },
      },
      {
        fields: {
          schoolYear: y,
          period: 'spring',
          label: `TLD april ${Number(y.slice(0, 4)) + 1}`,
          opensOn: `${Number(y.slice(0, 4)) + 1}-04-01`,
          closesOn: `${Number(y.slice(0, 4)) + 1}-04-30`,
          status: 'open',
          modifiedById: 'bench',
        },
      },
    ]),
  );
  const answers = [];
  for (let i = 0; i < 100_000; i++) {
    const unit = units[i % 300];
    const ids = unit.fields.schoolForm === 'preschool' ? PRESCHOOL : QUESTIONS;
    answers.push({
      fields: {
        roundId: rounds[i % rounds.length].id,
        unitId: unit.id,
        schoolForm: String(unit.fields.schoolForm),
        gradeBand: '',
        answers: JSON.stringify(Object.fromEntries(ids.map((q) => [q, 1 + (i % 3)]))),
        submittedOn: '2026-10-15',
      },
    });
  }
  for (let i = 0; i < answers.length; i += 10_000) await store.createMany('surveyAnswers', answers.slice(i, i + 10_000));
  return rounds.map((r) => r.id);
}

const CONNECTIONS = 10; // organisers with the overview open at once
const DURATION_S = 5;
const RUNS = 3;

/** The year as it happened: answers in, then each round closed by the organiser (which sums it up). */
async function closeRounds(dataDir: string, store: SqliteListStore, roundIds: string[]) {
  const config = parseConfig({ SKA_STAGE: 'test', SKA_CHECK_RESPONSES: 'false', SKA_DATA_DIR: dataDir, SKA_SEED_DEMO: 'false' });
  const app = await composeApp(config, {
    clock: new FixedClock(BENCH_NOW),
    store,
    log: { info: () => undefined, error: console.error },
    background: { scheduler: false, sender: false },
  });
  const person = (await app.services.directory.people())[0];
  const organiser = await app.services.directory.actorFor(person);
  for (const id of roundIds) await app.services.surveys.setStatus(organiser, id, 'closed');
  await app.close();
}

function startServer(args: string[]): Promise<{ child: ChildProcess; port: number; token: string }> {
  const child = fork(join(__dirname, 'server.ts'), args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.on('message', (m: any) => m?.type === 'ready' && resolve({ child, port: m.port, token: m.token }));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stopServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function load(port: number, token: string) {
  const r = await autocannon({
    url: `http://127.0.0.1:${port}/api/overview/2026-27`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

async function firstLoad(port: number, token: string) {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/overview/2026-27`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  const ms = performance.now() - t;
  const body = JSON.parse(text) as { units: unknown[] };
  if (res.status !== 200 || body.units.length !== 300) throw new Error(`overview answered ${res.status}`);
  return { ms, text };
}

const spread = (xs: number[], digits = 1) =>
  `median ${fmt(median(xs), digits)} (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-bench-overview-'));
  const store = new SqliteListStore(join(dataDir, 'ska.db'));
  const t0 = performance.now();
  const roundIds = await seed(store);
  await closeRounds(dataDir, store, roundIds);
  console.log(
    `bench/overview — 300 units × 3 school years, 5,400 commitments, 16,200 follow-ups, 100,000 answers; 6 TLD rounds closed; written in ${fmt((performance.now() - t0) / 1000)} s`,
  );
  console.log(
    `  each run: a fresh server process, its first GET /api/overview/2026-27, then ${CONNECTIONS} organisers for ${DURATION_S} s (autocannon, this process)`,
  );

  const first: number[] = [];
  const app: Awaited<ReturnType<typeof load>>[] = [];
  let body = '';
  for (let i = 0; i < RUNS; i++) {
    const server = await startServer(['app', dataDir]);
    try {
      const f = await firstLoad(server.port, server.token);
      first.push(f.ms);
      body = f.text;
      app.push(await load(server.port, server.token));
    } finally {
      await stopServer(server.child);
    }
  }
  const bodyFile = join(dataDir, 'overview.json');
  writeFileSync(bodyFile, body);
  const bare: Awaited<ReturnType<typeof load>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const server = await startServer(['bare', bodyFile]);
    try {
      bare.push(await load(server.port, server.token));
    } finally {
      await stopServer(server.child);
    }
  }
  const firstOk = median(first) <= 500;
  console.log(`  first load after start: ${spread(first)} ms (target ≤ 500 ms) ${firstOk ? 'OK' : 'ABOVE TARGET'}`);
  console.log(
    `  ${CONNECTIONS} organisers, app:  ${spread(app.map((r) => r.rps))} req/s; p50 ${spread(
      app.map((r) => r.p50),
      0,
    )} ms; p99 ${spread(
      app.map((r) => r.p99),
      0,
    )} ms; failed ${app.reduce((s, r) => s + r.bad, 0)}`,
  );
  console.log(
    `  ${CONNECTIONS} organisers, bare restify with the same ${fmt(body.length / 1024, 0)} kB body: ${spread(bare.map((r) => r.rps))} req/s; p50 ${spread(
      bare.map((r) => r.p50),
      0,
    )} ms`,
  );
  console.log(`  app / bare: ${fmt((100 * median(app.map((r) => r.rps))) / median(bare.map((r) => r.rps)))} %`);
  console.log('  round trips from the tab: 1 request for the whole overview');
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
