/**
 * Several principals' tabs editing one plan and one report at once, over real HTTP, on a store
 * whose every call takes 0–20 ms (as SharePoint over the network), on one instance and on two
 * instances sharing one SQLite file. Each editor reads, changes and writes with If-Match, and on
 * 409 starts again from the current version in the answer, as the tab does.
 * Nothing acknowledged may be lost, every acknowledged change is in the version history, no 500.
 */
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { queryAll } from '../../src/app/ports/list-store';
import type { ListStore } from '../../src/app/ports/list-store';
import { DelayedListStore } from '../contract/delayed-store';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { devToken } from '../support/dev-login';
import { client } from '../support/http';
import { DEMO_NOW } from '../support/test-app';

const quiet = { info: () => undefined, error: () => undefined };
const EDITORS = 6;
// 60 edits a scenario by default; SKA_CONCURRENT_EDITS_EACH=40 gives 240, as in the probe.
const EDITS_EACH = Number(process.env.SKA_CONCURRENT_EDITS_EACH ?? 10);
// About a second an edit on two instances over the Graph fake, with room to spare on a busy machine.
jest.setTimeout(Math.max(240_000, EDITORS * EDITS_EACH * 3_000));

type Instance = Awaited<ReturnType<typeof composeApp>> & { baseUrl: string };

async function startInstance(dataDir: string, inner: ListStore = new SqliteListStore(join(dataDir, 'ska.db'))): Promise<Instance> {
  const config = parseConfig({ SKA_STAGE: 'test', PORT: '0', SKA_DATA_DIR: dataDir });
  const store = new DelayedListStore(inner);
  const app = await composeApp(config, {
    clock: new FixedClock(DEMO_NOW),
    log: quiet,
    store,
    background: { scheduler: false, sender: false },
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  return Object.assign(app, { baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` });
}

interface Tally {
  acknowledged: string[];
  statuses: Map<number, number>;
}

/** One edit as the tab makes it: read, change, write with If-Match; on 409 or 503 again from what the answer says. */
async function edit(
  api: ReturnType<typeof client>,
  url: string,
  write: (doc: any) => Promise<{ status: number; body: any }>,
  tally: Tally,
  mark: string,
) {
  let doc = (await api.get(url)).body;
  for (let attempt = 0; attempt < 200; attempt++) {
    const r = await write(doc);
    tally.statuses.set(r.status, (tally.statuses.get(r.status) ?? 0) + 1);
    if (r.status === 200) return tally.acknowledged.push(mark);
    if (r.status === 409 && r.body.current) doc = r.body.current;
    else if (r.status === 409 || r.status === 503) doc = (await api.get(url)).body;
    else return;
  }
}

async function run(instances: Instance[]) {
  const unitId = (await instances[0].services.directory.allUnits()).find((u) => u.name === 'Björkskolan')!.id;
  const planUrl = `/api/units/${unitId}/plans/2026-27`;
  const reportUrl = `/api/units/${unitId}/reports/2025-26`;
  const apis = await Promise.all(instances.map(async (i) => client(i.baseUrl, await devToken(i.baseUrl, 'Anna Berg'))));
  const started = await apis[0].post(planUrl);
  const area = started.body.plan.goalAreas[0];
  const withCommitment = await apis[0].post(
    `${planUrl}/goal-areas/${area.id}/commitments`,
    { title: 'Läsförståelse', description: 'Start.' },
    { 'if-match': started.body.etag },
  );
  const commitmentId = withCommitment.body.plan.goalAreas[0].commitments[0].id;
  await apis[0].post(reportUrl);

  const tally: Tally = { acknowledged: [], statuses: new Map() };
  const commitmentOf = (doc: any) => doc.plan.goalAreas.flatMap((g: any) => g.commitments).find((c: any) => c.id === commitmentId);
  await Promise.all(
    Array.from({ length: EDITORS }, async (_, e) => {
      for (let k = 0; k < EDITS_EACH; k++) {
        const api = apis[(e + k) % apis.length];
        const mark = `e${e}k${k}`;
        const kind = k % 3;
        if (kind === 0) {
          // Appending to a text: the new value is built from what was read, so a stale read would overwrite others' text.
          await edit(
            api,
            planUrl,
            (doc) =>
              api.patch(
                `${planUrl}/commitments/${commitmentId}`,
                { description: `${commitmentOf(doc).description} [${mark}]` },
                { 'if-match': doc.etag },
              ),
            tally,
            mark,
          );
        } else if (kind === 1) {
          await edit(
            api,
            planUrl,
            (doc) =>
              api.post(
                `${planUrl}/commitments/${commitmentId}/follow-ups`,
                { status: 'onTrack', note: `[${mark}]` },
                { 'if-match': doc.etag },
              ),
            tally,
            mark,
          );
        } else {
          await edit(
            api,
            reportUrl,
            (doc) =>
              api.patch(
                `${reportUrl}/sections`,
                { updates: [{ sectionKey: 'analysisStructure', value: `${doc.report.content.analysisStructure ?? ''} [${mark}]` }] },
                { 'if-match': doc.etag },
              ),
            tally,
            mark,
          );
        }
      }
    }),
  );

  const plan = (await apis[0].get(planUrl)).body;
  const report = (await apis[apis.length - 1].get(reportUrl)).body;
  const finalText = `${commitmentOf(plan).description} ${commitmentOf(plan)
    .followUps.map((f: any) => f.note)
    .join(' ')} ${report.report.content.analysisStructure}`;
  const lost = tally.acknowledged.filter((m) => !finalText.includes(`[${m}]`));

  // The version history, read straight from the store: every acknowledged change is in some version.
  const store = instances[0].services.store;
  const versions = [
    ...(await queryAll(store, 'documentVersions', { docKey: `plan|${unitId}|2026/27` })),
    ...(await queryAll(store, 'documentVersions', { docKey: `report|${unitId}|2025/26` })),
  ];
  const snapshots = (await store.queryMany(versions.map((v) => ({ list: 'versionSnapshots', where: { versionId: v.id } })))).flat();
  const history = snapshots.map((s) => String(s.fields.content)).join('\n');
  const missingFromHistory = tally.acknowledged.filter((m) => !history.includes(`[${m}]`));
  const statuses = Object.fromEntries(tally.statuses);
  const perThousand = Math.round((lost.length / Math.max(1, tally.acknowledged.length)) * 1000);
  console.log(
    `${instances.length} instance(s): ${tally.acknowledged.length} acknowledged, ${lost.length} lost (${perThousand} per 1,000), ${missingFromHistory.length} not in history, answers ${JSON.stringify(statuses)}`,
  );
  return { acknowledged: tally.acknowledged.length, lost, missingFromHistory, statuses };
}

/** Every edit acknowledged is in the document and its history, and nobody saw a 500. */
function expectNothingLost(result: Awaited<ReturnType<typeof run>>) {
  expect(result.acknowledged).toBe(EDITORS * EDITS_EACH);
  expect(result.lost).toEqual([]);
  expect(result.missingFromHistory).toEqual([]);
  expect(result.statuses[500] ?? 0).toBe(0);
}

async function stopAll(instances: Instance[]) {
  for (const app of instances) {
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.close();
  }
}

describe('concurrent editors of one plan and one report, every store call delayed 0–20 ms', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('on one instance: nothing acknowledged is lost, all of it is in the history, no 500', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ska-concurrent-'));
    dirs.push(dir);
    const app = await startInstance(dir);
    try {
      const result = await run([app]);
      expectNothingLost(result);
    } finally {
      await stopAll([app]);
    }
  });

  it('on two instances sharing one SharePoint site (the Graph fake): the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ska-concurrent-'));
    dirs.push(dir);
    const fake = await FakeGraphServer.start();
    const siteId = fake.createSite();
    // As in production: provisioning creates the lists once; the instances only verify them at start.
    await openGraphStore(fake, { siteId }).provision(LIST_SCHEMA);
    const first = await startInstance(dir, openGraphStore(fake, { siteId }));
    const second = await startInstance(dir, openGraphStore(fake, { siteId }));
    try {
      const result = await run([first, second]);
      expectNothingLost(result);
    } finally {
      await stopAll([first, second]);
      await fake.close();
    }
  });

  it('on two instances sharing one SQLite file: the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ska-concurrent-'));
    dirs.push(dir);
    // One after the other, so only the first seeds the demo data.
    const first = await startInstance(dir);
    const second = await startInstance(dir);
    try {
      const result = await run([first, second]);
      expectNothingLost(result);
    } finally {
      await stopAll([first, second]);
    }
  });
});
