/**
 * Paced background work (src/adapters/graph/request-pace.ts): every Graph request made inside
 * `pacedRequests.run` waits for the pace first, at that request's RU as the meter costs it (a
 * $batch: its steps' sum), and nothing outside it waits. The year wheel's tick runs so
 * (Scheduler.paced), with all its reads, enqueues and sources behind the budget pacer.
 */
import type { GraphOperation } from '../../src/adapters/graph/graph-budget';
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { GRAPH_V1, GraphHttp } from '../../src/adapters/graph/graph-http';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { pacedRequests } from '../../src/adapters/graph/request-pace';
import { readPlanTrees } from '../../src/app/documents/plan-trees';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let store: GraphListStore;
const costed: number[] = [];
beforeAll(async () => {
  fake = await FakeGraphServer.start();
  const siteId = fake.createSite();
  await openGraphStore(fake, { siteId }).provision(LIST_SCHEMA);
  store = openGraphStore(fake, { siteId, onOperation: (op: GraphOperation) => costed.push(op.ru) });
  await store.verify(LIST_SCHEMA);
  for (let i = 0; i < 5; i++) await store.create('plans', { planKey: `p${i}`, unitId: `u${i}`, schoolYear: '2026/27', status: 'final' });
});
afterAll(() => fake.close());
beforeEach(() => {
  costed.length = 0;
  fake.maxPageSize = 200;
});

it('waits before every request of paced work, at the RU the meter then records for it', async () => {
  fake.maxPageSize = 2; // plans in three pages
  const paced: number[] = [];
  const trees = await pacedRequests.run(
    async (ru) => void paced.push(ru),
    () => readPlanTrees(store, '2026/27'),
  );
  expect(trees.unsettled.size + trees.trees.size).toBeGreaterThan(0);
  expect(costed.length).toBeGreaterThan(6); // the plans' pages beside the parts' lists
  expect(paced.length).toBe(costed.length);
  expect([...paced].sort()).toEqual([...costed].sort());
});

it('costs a $batch at the sum of its steps before it is sent', async () => {
  const paced: number[] = [];
  await pacedRequests.run(
    async (ru) => void paced.push(ru),
    () =>
      store.createMany(
        'plans',
        [1, 2, 3].map((i) => ({ fields: { planKey: `b${i}`, unitId: `b${i}`, schoolYear: '2025/26', status: 'draft' } })),
      ),
  );
  expect(fake.stats.log.some((r) => r.inBatch)).toBe(true);
  expect(paced.reduce((a, b) => a + b, 0)).toBe(costed.reduce((a, b) => a + b, 0));
  expect(Math.max(...paced)).toBeGreaterThanOrEqual(6); // three creates in one $batch: 2 RU each
});

it('sends nothing until the pace lets the request through', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const before = fake.stats.http;
  const read = pacedRequests.run(
    () => gate,
    () => store.query('plans', { where: { unitId: 'u1' } }),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fake.stats.http).toBe(before);
  release();
  expect((await read).items).toHaveLength(1);
  expect(fake.stats.http).toBe(before + 1);
});

it('lets a request outside SharePoint (0 RU) through without asking', async () => {
  const paced: number[] = [];
  const http = new GraphHttp({ authProvider: new StaticTokenAuthProvider('fake-token'), hostRewrite: fake.url });
  await pacedRequests.run(
    async (ru) => void paced.push(ru),
    () => http.send('GET', `${GRAPH_V1}/users/nobody`).catch(() => undefined),
  );
  expect(paced).toEqual([]);
});

it('does not pace requests outside the work, nor after it, in the code that awaited it', async () => {
  const paced: number[] = [];
  await pacedRequests.run(
    async (ru) => void paced.push(ru),
    () => store.query('plans', { where: { unitId: 'u2' } }),
  );
  expect(paced).toEqual([2]);
  await store.query('plans', { where: { unitId: 'u3' } });
  expect(paced).toEqual([2]);
  expect(pacedRequests.current()).toBeUndefined();
});
