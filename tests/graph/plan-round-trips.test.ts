/**
 * The app composed on the Graph store (as compose.ts builds it), a plan written through the real
 * use cases, then: how many HTTP round trips does opening the plan document cost?
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../src/adapters/system/system-clock';
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import type { Actor } from '../../src/domain/identity';
import { planQueries } from '../../src/app/documents/plan-tree';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { toPerson } from '../../src/app/store/records';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let store: GraphListStore;
let app: Awaited<ReturnType<typeof composeApp>>;
let dataDir: string;
let actor: Actor;
let unitId: string;
const YEAR = '2026/27';

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  store = openGraphStore(fake);
  await store.ensureLists(LIST_SCHEMA); // provisioned first: the app only verifies at start
  dataDir = mkdtempSync(join(tmpdir(), 'ska-graph-'));
  const config = parseConfig({ SKA_STAGE: 'test', SKA_DATA_DIR: dataDir, SKA_SEED_DEMO: 'false' });
  app = await composeApp(config, {
    store,
    clock: new FixedClock(new Date('2026-11-23T10:00:00+01:00')),
    log: { info: () => undefined, error: () => undefined },
  });
  const { directory, plans } = app.services;

  const unit = await store.create('units', {
    name: 'Ekbackeskolan',
    schoolForm: 'compulsoryF6',
    schoolUnitCode: '12345678',
    koladaId: '',
    modifiedById: 'test',
  });
  unitId = unit.id;
  const person = await store.create('people', {
    displayName: 'Rut Rektor',
    email: 'rut@example.se',
    aadObjectId: '',
    appRoles: '[]',
    modifiedById: 'test',
  });
  await store.create('memberships', { unitId, personId: person.id, role: 'principal', modifiedById: 'test' });
  actor = await directory.actorFor(toPerson(person));

  let doc = await plans.start(actor, unitId, YEAR);
  const area = doc.plan.goalAreas[0];
  doc = await plans.addCommitment(actor, unitId, YEAR, doc.etag, area.id, {
    title: 'Läsförståelse',
    description: 'Alla läser',
    intendedEffects: 'Fler når målen',
  });
  const commitmentId = doc.plan.goalAreas.find((g) => g.id === area.id)!.commitments[0].id;
  doc = await plans.addActivity(actor, unitId, YEAR, doc.etag, commitmentId, { title: 'Läsgrupper', expectedResult: 'Bättre flyt' });
  await plans.addFollowUp(actor, unitId, YEAR, doc.etag, commitmentId, { date: '2026-11-20', status: 'onTrack', note: 'Går bra' });
});
afterAll(async () => {
  await app.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const shortPath = (path: string) => path.replace(/^\/v1\.0\/sites\/[^/]+\/lists\/[^/]+/, '…');

it('opens a plan document in ONE round trip: the unit, the settings and the plan tree in one $batch', async () => {
  fake.resetStats();
  const doc = await app.services.plans.get(actor, unitId, YEAR);

  const commitments = doc!.plan.goalAreas.flatMap((g) => g.commitments);
  expect(commitments.map((c) => c.title)).toEqual(['Läsförståelse']);
  expect(commitments[0].activities.map((a) => a.title)).toEqual(['Läsgrupper']);
  expect(commitments[0].followUps.map((f) => [f.date, f.status, f.note])).toEqual([['2026-11-20', 'onTrack', 'Går bra']]);

  const http = fake.stats.log.filter((r) => !r.inBatch).map((r) => `${r.method} ${shortPath(r.path)}`);
  // The unit (by id), the settings and comments queries and the five tree queries: eight reads in one $batch.
  expect(http).toEqual(['POST /v1.0/$batch']);
  const inBatch = fake.stats.log.filter((r) => r.inBatch);
  expect(inBatch).toHaveLength(8);
  expect(inBatch.every((r) => r.method === 'GET')).toBe(true);
});

it('could open it in one round trip: the adapter batches a get-by-id and the settings query beside the tree', async () => {
  const unit = await app.services.directory.unit(unitId);
  fake.resetStats();
  const [units, settings, plansFound] = await store.queryMany([
    { list: 'units', id: unitId },
    { list: 'settings', where: { name: 'process' } },
    ...planQueries(unitId, YEAR),
  ]);
  expect(units.map((u) => u.fields.name)).toEqual([unit.name]);
  expect(settings.length).toBeLessThanOrEqual(1);
  expect(plansFound).toHaveLength(1);
  expect(fake.stats.http).toBe(1);
  expect(fake.stats.subRequests).toBe(7);
});

it('answers a missing id in a batch with no item', async () => {
  const [none] = await store.queryMany([{ list: 'units', id: '99999' }]);
  expect(none).toEqual([]);
});
