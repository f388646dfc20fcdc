/** A filter on a column that is not indexed: the adapter refuses it before sending, as SharePoint would after. */
import type { GraphListStore } from '../../src/adapters/graph/graph-list-store';
import { SchemaError } from '../../src/app/ports/list-store';
import { CONTRACT_SCHEMA } from '../contract/list-store.contract';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let store: GraphListStore;
let siteId: string;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
  siteId = fake.createSite();
  store = openGraphStore(fake, { siteId });
  await store.ensureLists(CONTRACT_SCHEMA);
  await store.create('things', { owner: 'a', title: 'x' });
});
beforeEach(() => fake.resetStats());
afterAll(() => fake.close());

it('throws SchemaError before sending anything', async () => {
  await expect(store.query('things', { where: { title: 'x' } })).rejects.toBeInstanceOf(SchemaError);
  await expect(
    store.queryMany([
      { list: 'things', where: { owner: 'a' } },
      { list: 'things', where: { body: 'x' } },
    ]),
  ).rejects.toBeInstanceOf(SchemaError);
  await expect(store.query('things', { where: { nope: 'x' } })).rejects.toBeInstanceOf(SchemaError);
  await expect(store.query('nope')).rejects.toBeInstanceOf(SchemaError);
  expect(fake.stats.http).toBe(0);
});

it('is refused by the fake as SharePoint refuses it, Prefer header or not', async () => {
  const listId = fake.site(siteId).listByTitle('Contract things')!.id;
  const url = (filter: string) =>
    `${fake.url}/v1.0/sites/${siteId}/lists/${listId}/items?$expand=fields&$filter=${encodeURIComponent(filter)}`;
  const res = await fetch(url("fields/skaTitle eq 'x'"), {
    headers: { Authorization: 'Bearer t', Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
  });
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('invalidRequest');
  expect(body.error.message).toMatch(/^Field 'skaTitle' cannot be referenced in filter or orderby as it is not indexed/);

  const indexed = await fetch(url("fields/skaOwner eq 'a'"), { headers: { Authorization: 'Bearer t' } });
  expect(((await indexed.json()) as { value: unknown[] }).value).toHaveLength(1);
});

it('filters on indexed text, boolean and null alike', async () => {
  await store.create('things', { owner: "o'brien", done: true });
  await store.create('things', { owner: "o'brien", done: false });
  expect((await store.query('things', { where: { owner: "o'brien", done: true } })).items).toHaveLength(1);
  expect((await store.query('things', { where: { done: null } })).items.map((i) => i.fields.owner)).toEqual(['a']);
});
