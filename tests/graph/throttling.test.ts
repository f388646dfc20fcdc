/** 429 / 503 / 504 and dropped connections: retried within bounds, then one GraphRequestError. */
import { GraphRequestError } from '../../src/adapters/graph/graph-request-error';
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { queryAll } from '../../src/app/ports/list-store';
import { CONTRACT_SCHEMA } from '../contract/list-store.contract';
import { FakeGraphServer, isCreateBatch } from './fake-graph-server';
import { openContractSite, openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let store: GraphListStore;
let siteId: string;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
beforeEach(async () => {
  ({ siteId, store } = await openContractSite(fake, { maxRetries: 4 }));
});
afterEach(() => {
  expect([fake.faults, fake.subFaults]).toEqual([[], []]); // every fault was met
  fake.faults.length = 0;
  fake.subFaults.length = 0;
  fake.chaos = undefined;
});
afterAll(() => fake.close());

const itemCount = () => fake.site(siteId).listByTitle('Contract things')!.items.size;

it('retries 429 and 503 honouring Retry-After, and reads on', async () => {
  const item = await store.create('things', { owner: 'a', title: 't' });
  fake.resetStats();
  fake.faults.push({ kind: 'throttle', retryAfter: 0 }, { kind: 'unavailable', retryAfter: 0 }, { kind: 'throttle' });
  expect((await store.get('things', item.id))?.fields.title).toBe('t');
  expect(fake.stats.http).toBe(4);
});

it('waits the Retry-After it is given', async () => {
  fake.faults.push({ kind: 'throttle', retryAfter: 1 });
  const started = Date.now();
  await store.query('things');
  expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  expect(fake.stats.http).toBe(2);
});

it('sends a read again after a dropped connection or a 504', async () => {
  fake.faults.push({ kind: 'drop' }, { kind: 'gatewayTimeout' });
  expect((await store.query('things')).items).toEqual([]);
  expect(fake.stats.http).toBe(3);
});

it('retries a throttled create (the server did not act) and makes one item', async () => {
  fake.faults.push({ kind: 'throttle', retryAfter: 0, match: isCreateBatch }, { kind: 'unavailable', match: isCreateBatch });
  fake.subFaults.push({ kind: 'throttle', retryAfter: 0, match: (r) => r.method === 'POST' });
  await store.create('things', { owner: 'a' });
  expect(itemCount()).toBe(1);
});

it('stops after maxRetries and surfaces one GraphRequestError with status, code and body', async () => {
  for (let i = 0; i < 10; i++) fake.faults.push({ kind: 'throttle', retryAfter: 0 });
  const error = await store.query('things').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphRequestError);
  expect(error).toMatchObject({ status: 429, code: 'activityLimitReached', body: { error: { code: 'activityLimitReached' } } });
  expect(fake.stats.http).toBe(5);
  expect(fake.faults).toHaveLength(5);
  fake.faults.length = 0;
});

it('surfaces a connection that never answers as GraphRequestError with status 0, after bounded tries', async () => {
  for (let i = 0; i < 10; i++) fake.faults.push({ kind: 'drop' });
  const error = await store.query('things').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphRequestError);
  expect(error).toMatchObject({ status: 0, code: 'networkError' });
  expect(fake.stats.http).toBe(5);
  expect(fake.faults).toHaveLength(5);
  fake.faults.length = 0;
});

it('does not retry what cannot succeed', async () => {
  const error = await store.update('things', '1', { title: 'x' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect(fake.stats.http).toBe(1);
  fake.resetStats();
  const unknownSite = openGraphStore(fake, { siteId: 'contoso.sharepoint.com,0,0' });
  await expect(unknownSite.ensureLists(CONTRACT_SCHEMA)).rejects.toMatchObject({ status: 404, code: 'itemNotFound' });
  expect(fake.stats.http).toBe(1);
});

it('sends again only the steps of a $batch that were throttled', async () => {
  await store.create('things', { owner: 'x' });
  await store.create('things', { owner: 'y' });
  fake.resetStats();
  fake.subFaults.push({ kind: 'throttle', retryAfter: 0, match: () => true });
  const [xs, ys] = await store.queryMany([
    { list: 'things', where: { owner: 'x' } },
    { list: 'things', where: { owner: 'y' } },
  ]);
  expect([xs.length, ys.length]).toEqual([1, 1]);
  expect(fake.stats.http).toBe(2);
  expect(fake.stats.subRequests).toBe(3);
});

it('gets through when a third of all requests fail by chance', async () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  fake.chaos = { rate: 0.33, kinds: ['throttle', 'unavailable', 'gatewayTimeout', 'drop'], random };
  for (let i = 0; i < 12; i++) {
    const item = await store.create('things', { owner: `o${i % 3}`, count: i }, i % 2 ? { key: `k${i}` } : {});
    await store.update('things', item.id, { title: `t${i}` });
  }
  const [a, b, c] = await store.queryMany([0, 1, 2].map((i) => ({ list: 'things', where: { owner: `o${i}` } })));
  expect([a.length, b.length, c.length]).toEqual([4, 4, 4]);
  fake.chaos = undefined;
  expect(await queryAll(store, 'things')).toHaveLength(12);
  expect(fake.stats.log.some((r) => r.fault)).toBe(true);
});
