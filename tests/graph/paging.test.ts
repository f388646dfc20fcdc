/** Paging: the adapter follows each @odata.nextLink whole, page after page, in one query or in many. */
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { queryAll, SchemaError } from '../../src/app/ports/list-store';
import { CONTRACT_SCHEMA } from '../contract/list-store.contract';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let store: GraphListStore;
const urls: string[] = [];
beforeAll(async () => {
  fake = await FakeGraphServer.start();
  store = openGraphStore(fake, { onRequest: (r) => urls.push(r.url) });
  await store.ensureLists(CONTRACT_SCHEMA);
  for (let i = 0; i < 23; i++) await store.create('things', { owner: 'p', count: i });
  for (let i = 0; i < 3; i++) await store.create('things', { owner: 'q', count: i });
  fake.maxPageSize = 5; // Graph gives pages smaller than $top too
});
beforeEach(() => {
  fake.resetStats();
  urls.length = 0;
});
afterAll(() => fake.close());

it('follows the nextLink whole: each next request is exactly the link Graph gave', async () => {
  const cursors: string[] = [];
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await store.query('things', { where: { owner: 'p' }, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (cursor) cursors.push(cursor);
  } while (cursor);
  expect(items.map((i) => i.fields.count)).toEqual([...Array(23).keys()]);
  expect(urls).toHaveLength(5);
  expect(cursors.every((c) => c.startsWith('https://graph.microsoft.com/v1.0/sites/') && c.includes('$skiptoken='))).toBe(true);
  const sent = urls.slice(1).map((u) => new URL(u));
  cursors.forEach((c, i) => {
    const link = new URL(c);
    expect(sent[i].pathname).toBe(link.pathname);
    expect(Object.fromEntries(sent[i].searchParams)).toEqual(Object.fromEntries(link.searchParams));
  });
});

it('reads many queries whole: one $batch for the first pages, one more per round of nextLinks', async () => {
  const [ps, qs] = await store.queryMany([
    { list: 'things', where: { owner: 'p' } },
    { list: 'things', where: { owner: 'q' } },
  ]);
  expect(ps.map((i) => i.fields.count)).toEqual([...Array(23).keys()]);
  expect(qs).toHaveLength(3);
  expect(fake.stats.http).toBe(5);
  expect(fake.stats.subRequests).toBe(6);
});

it('sends more than 20 queries as several batches of at most 20', async () => {
  const requests = Array.from({ length: 25 }, (_, i) => ({ list: 'things', where: { owner: i % 2 ? 'q' : 'x' } }));
  const results = await store.queryMany(requests);
  expect(results.map((r) => r.length)).toEqual(requests.map((_, i) => (i % 2 ? 3 : 0)));
  expect(fake.stats.http).toBe(2);
});

it('asks Graph only for the selected columns, on every page', async () => {
  const items = await queryAll(store, 'things', { owner: 'p' }, ['count']);
  expect(items.map((i) => i.fields)).toEqual([...Array(23).keys()].map((count) => ({ count })));
  expect(urls.every((u) => decodeURIComponent(new URL(u).searchParams.get('$expand')!) === 'fields($select=skaCount)')).toBe(true);
  await expect(store.query('things', { select: ['nope'] })).rejects.toBeInstanceOf(SchemaError);
});

it('refuses a cursor that is not a nextLink of the same list', async () => {
  const page = await store.query('things', { where: { owner: 'p' } });
  await expect(
    store.query('things', { cursor: page.nextCursor!.replace('https://graph.microsoft.com', 'https://evil.example') }),
  ).rejects.toBeInstanceOf(SchemaError);
  expect(await queryAll(store, 'things', { owner: 'q' })).toHaveLength(3);
});
