/**
 * bench/survey: the anonymous survey under load.
 *  1. submit throughput of POST /s/{code} (durable SQLite, group commit) against a bare restify
 *     handler that returns 200, measured the same way in the same run (target ≥ 50 %);
 *  2. p50/p99 latency at 200 requests/s;
 *  3. results for 100,000 answers over 300 units (target ≤ 500 ms).
 * Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import restify from 'restify';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { LIST_SCHEMA } from '../../src/app/list-schema';
import { compute } from '../../src/app/survey-results-service';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { DEFAULT_SURVEY_CONFIG } from '../../src/domain/survey';
import { closedLoop, fmt, median, openLoop } from '../support/load';

const QUESTIONS = ['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'];
const randomAnswers = () => Object.fromEntries(QUESTIONS.map((q) => [q, Math.floor(Math.random() * 5)]));

async function bareServer() {
  const server = restify.createServer();
  server.post('/bare', async (req, res) => {
    for await (const _ of req) void _; // read the body, as the real handler does
    res.send(200, { ok: true });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bare`, close: () => server.close() };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-bench-survey-'));
  const clock = new FixedClock(new Date('2026-10-15T10:00:00+02:00'));
  const config = parseConfig({ SKA_STAGE: 'test', SKA_CHECK_RESPONSES: 'false', SKA_DATA_DIR: dataDir, SKA_SURVEY_RATE_PER_MINUTE: '100000000' });
  const app = await composeApp(config, { clock, log: { info: () => undefined, error: console.error } });
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const [organiser] = (await app.services.directory.people()).filter((p) => p.appRoles.includes('organiser'));
  const actor = await app.services.directory.actorFor(organiser);
  const round = await app.services.surveys.createRound(actor, { schoolYear: '2026/27', period: 'autumn', opensOn: '2026-10-01', closesOn: '2026-10-31' });
  await app.services.surveys.setStatus(actor, round.id, 'open');
  const schoolUnits = (await app.services.directory.allUnits()).filter((u) => u.schoolForm !== 'preschool');
  const codes = await Promise.all(schoolUnits.map(async (u) => (await app.services.surveys.linkFor(actor, u.id, round.id)).code));
  const bare = await bareServer();

  let token = 0;
  const submit = async (i: number) => {
    const res = await fetch(`${base}/s/${codes[i % codes.length]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: randomAnswers(), deviceToken: `bench-device-${String(token++).padStart(10, '0')}` }),
    });
    await res.arrayBuffer();
    return res.status === 201;
  };
  const baseline = async () => {
    const res = await fetch(bare.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: randomAnswers() }) });
    await res.arrayBuffer();
    return res.status === 200;
  };

  console.log('bench/survey — POST /s/{code}, durable SQLite (WAL, synchronous=FULL), group commit');
  await closedLoop(submit, { concurrency: 16, durationMs: 1000 }); // warm-up
  await closedLoop(baseline, { concurrency: 16, durationMs: 1000 });
  const rows: [string, number, number][] = [];
  for (let run = 0; run < 3; run++) {
    const b = await closedLoop(baseline, { concurrency: 32, durationMs: 4000 });
    const s = await closedLoop(submit, { concurrency: 32, durationMs: 4000 });
    if (s.failed || b.failed) throw new Error(`failed requests: survey ${s.failed}, bare ${b.failed}`);
    rows.push([`run ${run + 1}`, b.perSecond, s.perSecond]);
  }
  for (const [label, b, s] of rows) console.log(`  ${label}: bare ${fmt(b, 0)}/s, survey ${fmt(s, 0)}/s, ratio ${fmt((100 * s) / b)} % (target ≥ 50 %)`);
  const ratio = median(rows.map(([, b, s]) => s / b));
  console.log(`  throughput ratio (median): ${fmt(100 * ratio)} %  ${ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`);
  const { answers, groups } = app.surveyWriter.stats;
  console.log(`  group commit: ${fmt(answers / Math.max(1, groups))} answers per SQLite transaction`);

  const lat = await openLoop(submit, { ratePerSecond: 200, count: 1600 });
  console.log(`  latency at 200 req/s (${lat.failed} failed, achieved ${fmt(lat.achievedRate, 0)}/s): p50 ${fmt(lat.p50)} ms, p99 ${fmt(lat.p99)} ms, max ${fmt(lat.max)} ms`);

  await graphBench();
  await resultsBench();

  bare.close();
  await new Promise<void>((r) => app.server.close(() => r()));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Answers per Graph request: the same group-committing writer on the SharePoint list store,
 * against the local Graph fake, with 2,000 answers arriving 200 at a time (target ≥ 18).
 */
async function graphBench() {
  const { FakeGraphServer } = await import('../../tests/graph/fake-graph-server');
  const { openGraphStore } = await import('../../tests/graph/graph-test-store');
  const { SurveyAnswerWriter } = await import('../../src/app/survey-writer');
  const fake = await FakeGraphServer.start();
  const store = openGraphStore(fake);
  await store.ensureLists(LIST_SCHEMA);
  const writer = new SurveyAnswerWriter(store);
  fake.resetStats();
  const t0 = performance.now();
  for (let burst = 0; burst < 10; burst++) {
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        writer.write({ roundId: 'r1', unitId: String(1 + (i % 13)), schoolForm: 'compulsoryF6', gradeBand: '', answers: JSON.stringify(randomAnswers()), submittedOn: '2026-10-15' }),
      ),
    );
  }
  const ms = performance.now() - t0;
  await writer.close();
  const stored = (await import('../../src/app/ports/list-store')).queryAll(store, 'surveyAnswers', { roundId: 'r1' });
  const count = (await stored).length;
  console.log(`graph: 2,000 answers in ${fake.stats.http} Graph requests (${fake.stats.subRequests} batch steps): ${fmt(2000 / fake.stats.http)} answers per request (target ≥ 18) ${2000 / fake.stats.http >= 18 ? 'OK' : 'BELOW TARGET'}; ${count} stored; ${fmt(ms, 0)} ms`);
  await fake.close();
}

/** 100,000 answers over 300 units: the pure computation, and a full read from the SQLite store. */
async function resultsBench() {
  const units = Array.from({ length: 300 }, (_, i) => ({
    id: String(i + 1),
    name: `Enhet ${i + 1}`,
    schoolForm: (i % 3 === 0 ? 'preschool' : i % 3 === 1 ? 'compulsoryF6' : 'compulsory79') as 'preschool' | 'compulsoryF6' | 'compulsory79',
    schoolUnitCode: '',
    koladaId: '',
  }));
  const preschoolQ = DEFAULT_SURVEY_CONFIG.questionSets[1].questions.map((q) => q.id);
  const answers = Array.from({ length: 100_000 }, (_, i) => {
    const unit = units[Math.floor(Math.random() * (i % 10 === 0 ? 30 : 300))]; // some units small, most large
    const ids = unit.schoolForm === 'preschool' ? preschoolQ : QUESTIONS;
    return { unitId: unit.id, gradeBand: '', answers: Object.fromEntries(ids.map((q) => [q, 1 + Math.floor(Math.random() * 3)])) };
  });
  const round = { id: 'r1', schoolYear: '2026/27', period: 'autumn' as const, respondents: 'children' as const, label: 'TLD oktober 2026', opensOn: '2026-10-01', closesOn: '2026-10-31', status: 'closed' as const };
  const students = new Map(units.map((u) => [u.id, 400]));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    compute(round, units, DEFAULT_SURVEY_CONFIG, students, answers);
    times.push(performance.now() - t0);
  }
  console.log(`results: 100,000 answers over 300 units — compute ${fmt(median(times))} ms (median of 5; target ≤ 500 ms)`);

  const dir = mkdtempSync(join(tmpdir(), 'ska-bench-results-'));
  const store = new SqliteListStore(join(dir, 'ska.db'));
  await store.ensureLists(LIST_SCHEMA);
  for (let i = 0; i < answers.length; i += 5000) {
    await store.createMany(
      'surveyAnswers',
      answers.slice(i, i + 5000).map((a) => ({ fields: { roundId: 'r1', unitId: a.unitId, schoolForm: '', gradeBand: '', answers: JSON.stringify(a.answers), submittedOn: '2026-10-15' } })),
    );
  }
  const t0 = performance.now();
  const { queryAll } = await import('../../src/app/ports/list-store');
  const rows = await queryAll(store, 'surveyAnswers', { roundId: 'r1' }, ['unitId', 'gradeBand', 'answers']);
  const read = performance.now() - t0;
  compute(round, units, DEFAULT_SURVEY_CONFIG, students, rows.map((r) => ({ unitId: String(r.fields.unitId), gradeBand: '', answers: JSON.parse(String(r.fields.answers)) })));
  const total = performance.now() - t0;
  console.log(`results: read 100,000 answers from SQLite ${fmt(read)} ms, read + compute ${fmt(total)} ms (target ≤ 500 ms) ${total <= 500 ? 'OK' : 'ABOVE TARGET'}`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
