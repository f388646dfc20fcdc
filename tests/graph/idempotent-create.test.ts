/** A create whose answer is lost must not make a second item when it is tried again. */
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { KEY_COLUMN } from '../../src/adapters/graph/column-names';
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
  ({ siteId, store } = await openContractSite(fake));
});
afterEach(() => expect(fake.faults).toEqual([])); // every fault was met
afterAll(() => fake.close());

const things = () => fake.site(siteId).listByTitle('Contract things')!;
/** The POSTs of items (they travel inside $batch requests). */
const isCreate = (r: { method: string; path: string }) => r.method === 'POST' && r.path.endsWith('/items');

it('finds the item by its key when the answer to the create was lost (caller key)', async () => {
  fake.faults.push({ kind: 'dropAfterAnswer', match: isCreateBatch });
  const item = await store.create('things', { owner: 'k', title: 'once' }, { key: 'plan:1|2026/27' });
  expect(things().items.size).toBe(1);
  expect(item.fields).toMatchObject({ owner: 'k', title: 'once' });
  expect(item.id).toBe([...things().items.keys()][0].toString());
  // The POST was sent once: the lost answer was resolved by a read, not by a second create.
  expect(fake.stats.log.filter(isCreate)).toHaveLength(1);
});

it('does the same for a create without a caller key: the adapter keys every item', async () => {
  fake.faults.push({ kind: 'dropAfterAnswer', match: isCreateBatch });
  const item = await store.create('things', { owner: 'n' });
  expect(things().items.size).toBe(1);
  expect(item.fields.owner).toBe('n');
});

it('creates once more when the connection dropped before the server acted', async () => {
  fake.faults.push({ kind: 'drop', match: isCreateBatch }, { kind: 'gatewayTimeout', match: isCreateBatch });
  await store.create('things', { owner: 'd' }, { key: 'd-1' });
  expect(things().items.size).toBe(1);
  // Neither reached the fake's items: only the third $batch carried the POST in.
  expect(fake.stats.log.filter(isCreate)).toHaveLength(1);
  expect(fake.stats.log.filter((r) => r.fault).map((r) => r.fault)).toEqual(['drop', 'gatewayTimeout']);
});

it('returns the first item when the app retries a create with the same key, without a second POST', async () => {
  const first = await store.create('things', { owner: 'k' }, { key: 'abc' });
  fake.resetStats();
  const again = await store.create('things', { owner: 'k' }, { key: 'abc' });
  expect(again.id).toBe(first.id);
  expect(fake.stats.log.filter(isCreate)).toHaveLength(0);
});

it('settles a race between two instances on the lowest id and removes the other item', async () => {
  // Another instance creates the same key between our check and our POST.
  const racing = openGraphStore(fake, {
    siteId,
    onRequest: (r) => {
      if (r.method === 'POST' && r.url.endsWith('/$batch') && things().items.size === 0)
        things().create({ skaOwner: 'r', [KEY_COLUMN]: 'race' });
    },
  });
  await racing.ensureLists(CONTRACT_SCHEMA);
  const mine = await racing.create('things', { owner: 'r' }, { key: 'race' });
  expect(mine.id).toBe('1');
  expect([...things().items.keys()]).toEqual([1]);
});

describe('createMany', () => {
  const many = (n: number, keyed = false) =>
    Array.from({ length: n }, (_, i) => ({ fields: { owner: 'm', count: i }, ...(keyed ? { key: `m-${i}` } : {}) }));

  it('writes 45 items in three $batch round trips', async () => {
    const created = await store.createMany('things', many(45));
    expect(created.map((c) => c.fields.count)).toEqual([...Array(45).keys()]);
    expect(fake.stats.http).toBe(3);
    expect(things().items.size).toBe(45);
  });

  it('loses no item and makes none twice when a whole batch answer is lost', async () => {
    fake.faults.push({ kind: 'dropAfterAnswer', match: isCreateBatch });
    const created = await store.createMany('things', many(20));
    expect(new Set(created.map((c) => c.id)).size).toBe(20);
    expect(things().items.size).toBe(20);
    // The lost $batch, then one $batch looking the 20 keys up: nothing needed sending again.
    expect(fake.stats.http).toBe(2);
  });

  it('sends again only the throttled steps', async () => {
    fake.subFaults.push(
      { kind: 'throttle', retryAfter: 0, match: (r) => r.method === 'POST' },
      { kind: 'unavailable', match: (r) => r.method === 'POST' },
    );
    const created = await store.createMany('things', many(5, true));
    expect(created.map((c) => c.fields.count)).toEqual([0, 1, 2, 3, 4]);
    expect(things().items.size).toBe(5);
    // keys looked up, 5 POSTs, the 2 throttled again, keys checked for a race
    expect(fake.stats.log.filter(isCreate)).toHaveLength(7);
    expect(fake.stats.http).toBe(4);
  });

  it('gives one item for a key repeated within the call', async () => {
    const created = await store.createMany('things', [
      { fields: { owner: 'a' }, key: 'same' },
      { fields: { owner: 'b' }, key: 'same' },
    ]);
    expect(created[0].id).toBe(created[1].id);
    expect(things().items.size).toBe(1);
  });
});
