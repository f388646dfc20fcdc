/**
 * DocumentCommits on both stores, every call delayed: a claimed write lands whole even when its
 * writer stops half-way (the next readers finish it, once), a stale claim changes nothing, and a
 * reader never accepts a version whose parts are not all there.
 */
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { DocumentCommits, type PartChange } from '../../src/app/documents/document-commit';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { planDocument, PLAN_PART_LISTS } from '../../src/app/documents/plan-tree';
import { ConflictError, type Fields, type ListStore } from '../../src/app/ports/list-store';
import type { Actor } from '../../src/domain/identity';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { openGraphStore } from '../graph/graph-test-store';
import { DelayedListStore } from './delayed-store';

const actor: Actor = { userId: 'p1', displayName: 'Anna Berg', appRoles: [], memberships: [] };
const planKey = 'u1|2026/27';

/** Stops (as a killed process would) at the first create in the given list. */
function stoppingAt(inner: ListStore, list: string): ListStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'create')
        return async (l: string, fields: Fields, options?: { key?: string }) => {
          if (l === list) throw new Error('the process stopped');
          return target.create(l, fields, options);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const changes: PartChange[] = [
  {
    op: 'create',
    list: 'planGoalAreas',
    as: 'area',
    fields: { planKey, schoolYear: '2026/27', key: 'kunskaper', label: 'Kunskaper', required: true, position: 0 },
  },
  {
    op: 'create',
    list: 'commitments',
    as: 'c',
    fields: { planKey, schoolYear: '2026/27', goalAreaId: '$ref:area', title: 'Läsförståelse', position: 0 },
  },
  { op: 'create', list: 'activities', fields: { planKey, commitmentId: '$ref:c', title: 'Lässtrategier', position: 0 } },
];

let fake: FakeGraphServer;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
afterAll(() => fake.close());

describe.each([
  ['SQLite', async () => new SqliteListStore(':memory:') as ListStore],
  ['Graph fake', async () => openGraphStore(fake) as ListStore],
])('DocumentCommits on %s, every call delayed 0–20 ms', (_name, open) => {
  let store: ListStore;
  beforeEach(async () => {
    store = new DelayedListStore(await open());
    await store.ensureLists(LIST_SCHEMA);
    await store.create('plans', { planKey, unitId: 'u1', schoolYear: '2026/27', status: 'draft', manifest: '{}' });
  });
  afterEach(() => store.close());

  it('finishes a write whose writer stopped after its claim, once, whoever reads next', async () => {
    const before = (await new DocumentCommits(store).read([planDocument('u1', '2026/27')])).docs[0];
    await expect(
      new DocumentCommits(stoppingAt(store, 'commitments')).write('plans', before, [...PLAN_PART_LISTS], changes, {}, actor),
    ).rejects.toThrow('the process stopped');

    // Two readers at once, as two instances would: both see the whole write, made once.
    const [a, b] = await Promise.all(
      [0, 1].map(async () => (await new DocumentCommits(store).read([planDocument('u1', '2026/27')])).docs[0]),
    );
    for (const [[header], areas, commitments, activities] of [a, b]) {
      expect(header.fields.pending).toBeNull();
      expect(header.etag).not.toBe(before[0][0].etag);
      expect(areas.map((x) => x.fields.key)).toEqual(['kunskaper']);
      expect(commitments.map((x) => [x.fields.title, x.fields.goalAreaId])).toEqual([['Läsförståelse', areas[0].id]]);
      expect(activities.map((x) => [x.fields.title, x.fields.commitmentId])).toEqual([['Lässtrategier', commitments[0].id]]);
    }
    expect(a[0][0].etag).toBe(b[0][0].etag);
    expect((await store.query('commitments', { where: { planKey } })).items).toHaveLength(1);
  });

  it('refuses a stale claim and writes nothing', async () => {
    const commits = new DocumentCommits(store);
    const before = (await commits.read([planDocument('u1', '2026/27')])).docs[0];
    await commits.write('plans', before, [...PLAN_PART_LISTS], [], { status: 'readyForDialogue' }, actor);
    await expect(commits.write('plans', before, [...PLAN_PART_LISTS], changes, {}, actor)).rejects.toBeInstanceOf(ConflictError);
    expect((await store.query('planGoalAreas', { where: { planKey } })).items).toEqual([]);
  });

  it('does not accept a read whose manifest names a part that is not there', async () => {
    const commits = new DocumentCommits(store);
    const before = (await commits.read([planDocument('u1', '2026/27')])).docs[0];
    const { after } = await commits.write('plans', before, [...PLAN_PART_LISTS], changes, {}, actor);
    // A part of the committed version disappears (as a read from before it was written would see it).
    await store.delete('activities', after[3][0].id);
    await expect(commits.read([planDocument('u1', '2026/27')])).rejects.toMatchObject({ code: 'DOCUMENT_BUSY' });
  }, 30_000);
});
