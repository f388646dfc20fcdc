/**
 * The fake is strict where Graph is (tests/graph/README.md), and the store copes: hidden columns,
 * batch steps without an exact-case Content-Type, Yes/No and null in filters, the list view
 * threshold with two indexed columns.
 */
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { KEY_COLUMN } from '../../src/adapters/graph/column-names';
import { queryAll } from '../../src/app/ports/list-store';
import { FakeGraphServer } from './fake-graph-server';
import { openContractSite } from './graph-test-store';

let fake: FakeGraphServer;
let store: GraphListStore;
let siteId: string;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
beforeEach(async () => {
  fake.listViewThreshold = 5000;
  fake.stepContentType = 'random';
  ({ siteId, store } = await openContractSite(fake));
});
afterAll(() => fake.close());

const listId = () => fake.site(siteId).listByTitle('Contract things')!.id;
const get = async (path: string) => {
  const res = await fetch(`${fake.url}/v1.0/sites/${siteId}/lists/${listId()}${path}`, { headers: { Authorization: 'Bearer t' } });
  return { status: res.status, body: (await res.json()) as any };
};

it('lists hidden columns only when $select names hidden, and hidden values only when selected by name', async () => {
  const names = (value: { name: string }[]) => value.map((c) => c.name);
  expect(names((await get('/columns')).body.value)).not.toContain(KEY_COLUMN);
  expect(names((await get('/columns?$select=name,hidden')).body.value)).toContain(KEY_COLUMN);
  await store.create('things', { owner: 'h' }, { key: 'k-1' });
  expect((await get('/items/1?$expand=fields')).body.fields).not.toHaveProperty(KEY_COLUMN);
  expect((await get(`/items/1?$expand=fields($select=skaOwner,${KEY_COLUMN})`)).body.fields).toMatchObject({ [KEY_COLUMN]: 'k-1' });
});

it.each(['exact', 'lower', 'none'] as const)('reads batch step bodies whatever the step content type (%s)', async (mode) => {
  fake.stepContentType = mode;
  await store.create('things', { owner: 'b', title: 'x' });
  const [found] = await store.queryMany([{ list: 'things', where: { owner: 'b' } }]);
  expect(found.map((i) => i.fields.title)).toEqual(['x']);
});

it('refuses Yes/No as true and eq null, as SharePoint does; the store sends 1 and narrows null in memory', async () => {
  const refused = await get(`/items?$expand=fields&$filter=${encodeURIComponent('fields/skaDone eq true')}`);
  expect(refused).toMatchObject({
    status: 400,
    body: { error: { code: 'invalidRequest', message: 'The provided filter statement is not supported' } },
  });
  expect((await get(`/items?$expand=fields&$filter=${encodeURIComponent('fields/skaOwner eq null')}`)).status).toBe(400);
  await store.create('things', { owner: 'y', done: true });
  await store.create('things', { owner: 'n' });
  expect((await queryAll(store, 'things', { done: true })).map((i) => i.fields.owner)).toEqual(['y']);
  expect((await queryAll(store, 'things', { done: null })).map((i) => i.fields.owner)).toEqual(['n']);
});

it('leaves unset fields out of fields; the store reads them as null', async () => {
  const item = await store.create('things', { owner: 'u', title: null });
  expect(Object.keys((await get(`/items/${item.id}?$expand=fields`)).body.fields)).not.toContain('skaTitle');
  expect((await store.get('things', item.id))?.fields.title).toBeNull();
});

it('past the list view threshold refuses two indexed columns in one filter; the store filters on one and narrows', async () => {
  fake.listViewThreshold = 5;
  for (let i = 0; i < 10; i++) await store.create('things', { owner: i < 3 ? 'few' : 'many', done: i % 2 === 0 });
  const both = await get(`/items?$expand=fields&$filter=${encodeURIComponent("fields/skaOwner eq 'few' and fields/skaDone eq 1")}`);
  expect(both).toMatchObject({
    status: 500,
    body: { error: { message: 'The attempted operation is prohibited because it exceeds the list view threshold.' } },
  });
  // One clause whose matches exceed the threshold is refused too: the index must narrow the scan.
  expect((await get(`/items?$expand=fields&$filter=${encodeURIComponent("fields/skaOwner eq 'many'")}`)).status).toBe(500);
  expect((await get(`/items?$expand=fields&$filter=${encodeURIComponent("fields/skaOwner eq 'few'")}`)).status).toBe(200);

  expect(await queryAll(store, 'things', { owner: 'few', done: true })).toHaveLength(2);
  expect((await store.queryMany([{ list: 'things', where: { done: true, owner: 'few' } }]))[0]).toHaveLength(2);
});

it('when one indexed column matches more than the threshold, scans the list in pages and narrows in memory', async () => {
  fake.listViewThreshold = 5;
  fake.maxPageSize = 4;
  try {
    for (let i = 0; i < 10; i++) await store.create('things', { owner: i < 3 ? 'few' : 'many', count: i });
    expect((await queryAll(store, 'things', { owner: 'many' })).map((i) => i.fields.count)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const [many, few] = await store.queryMany([
      { list: 'things', where: { owner: 'many' } },
      { list: 'things', where: { owner: 'few' } },
    ]);
    expect([many.length, few.length]).toEqual([7, 3]);
  } finally {
    fake.maxPageSize = 200;
  }
});

it('throttles past its RU budget per minute, step by step inside a $batch, with Retry-After', async () => {
  const things = await store.createMany(
    'things',
    Array.from({ length: 3 }, (_, i) => ({ fields: { owner: `ru-${i}` } })),
  );
  fake.ruPerMinute = 5;
  fake.resetBudgetMinute();
  try {
    const steps = things.map((t, i) => ({
      id: String(i + 1),
      method: 'GET' as const,
      url: `https://graph.microsoft.com/v1.0/sites/${siteId}/lists/${listId()}/items/${t.id}`,
    }));
    const queries = [1, 2].map((n) => ({
      id: String(3 + n),
      method: 'GET' as const,
      url: `https://graph.microsoft.com/v1.0/sites/${siteId}/lists/${listId()}/items`,
    }));
    const answers = await store.http.batch([...steps, ...queries]);
    // 1 + 1 + 1 + 2 = 5 RU fit; the last query is throttled, told when to come back.
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 429]);
    expect(Number(answers[4].retryAfter)).toBeGreaterThanOrEqual(1);
  } finally {
    fake.ruPerMinute = undefined;
  }
});
