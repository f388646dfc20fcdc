/** FakeGraphServer.fetch (bench/year: the fake without a socket) answers as the fake does over HTTP: status, headers, body. */
import { CONTRACT_SCHEMA } from '../contract/list-store.contract';
import { FakeGraphServer } from './fake-graph-server';
import { openGraphStore } from './graph-test-store';

let fake: FakeGraphServer;
let base: string;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
  fake.stepContentType = 'exact';
  const siteId = fake.createSite();
  const store = openGraphStore(fake, { siteId });
  await store.ensureLists(CONTRACT_SCHEMA);
  for (let i = 0; i < 3; i++) await store.create('things', { owner: i === 2 ? 'q' : 'p', count: i });
  const list = fake.site(siteId).listByTitle('Contract things')!;
  base = `/v1.0/sites/${siteId}/lists/${list.id}`;
});
afterAll(() => fake.close());

const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };
async function both(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init = { method, headers: { ...auth, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) };
  const answers = [];
  for (const f of [fetch, fake.fetch]) {
    const r = await f(`${fake.url}${path}`, init);
    const text = await r.text();
    answers.push({ status: r.status, type: r.headers.get('content-type'), body: text ? (JSON.parse(text) as unknown) : undefined });
  }
  return answers;
}
/** Request ids and dates differ from answer to answer. */
const stable = (a: unknown) => JSON.parse(JSON.stringify(a).replace(/"(date|request-id)":"[^"]*"/g, '"$1":"…"')) as unknown;

it.each([
  ['GET', "/items?$expand=fields&$filter=fields/owner eq 'p'"],
  ['GET', '/items/1?$expand=fields($select=owner,count)'],
  ['GET', '/items/99'],
  ['GET', '/columns?$select=name,hidden'],
])('%s %s: the same answer in-process as over HTTP', async (method, path) => {
  const [http, inProcess] = await both(method, `${base}${path}`);
  expect(stable(inProcess)).toEqual(stable(http));
});

it('a $batch and a stale If-Match answer alike', async () => {
  const batch = { requests: [{ id: '1', method: 'GET', url: `${base.slice(5)}/items?$expand=fields` }] };
  const [http, inProcess] = await both('POST', '/v1.0/$batch', batch);
  expect(stable(inProcess)).toEqual(stable(http));
  const [stale1, stale2] = await both('PATCH', `${base}/items/1/fields`, { count: 5 }, { 'if-match': '"x,1"' });
  expect(stale1.status).toBe(412);
  expect(stable(stale2)).toEqual(stable(stale1));
});
