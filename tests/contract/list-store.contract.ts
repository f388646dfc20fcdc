/**
 * The contract every ListStore adapter passes, unchanged. It never branches on the adapter.
 */
import type { ListSchema } from '../../src/app/store/list-schema';
import { ConflictError, SchemaError, queryAll, type ListStore } from '../../src/app/ports/list-store';

export const CONTRACT_SCHEMA: ListSchema = {
  things: {
    title: 'Contract things',
    columns: {
      owner: { type: 'text', indexed: true },
      title: { type: 'text' },
      body: { type: 'note' },
      count: { type: 'number' },
      done: { type: 'boolean', indexed: true },
      due: { type: 'dateTime' },
    },
  },
};

export function describeListStoreContract(name: string, open: () => Promise<ListStore>) {
  describe(`ListStore contract: ${name}`, () => {
    let store: ListStore;
    beforeEach(async () => {
      store = await open();
      await store.ensureLists(CONTRACT_SCHEMA);
    });
    afterEach(() => store.close());

    it('creates an item and reads it back with typed fields and an ETag', async () => {
      const created = await store.create('things', {
        owner: 'a',
        title: 'Första',
        body: 'lång\ntext',
        count: 3,
        done: true,
        due: '2026-01-02T00:00:00.000Z',
      });
      expect(created.id).toMatch(/\S/);
      expect(created.etag).toMatch(/\S/);
      const read = await store.get('things', created.id);
      expect(read?.fields).toEqual({
        owner: 'a',
        title: 'Första',
        body: 'lång\ntext',
        count: 3,
        done: true,
        due: '2026-01-02T00:00:00.000Z',
      });
      expect(read?.etag).toBe(created.etag);
    });

    it('answers undefined for an unknown id', async () => {
      expect(await store.get('things', '999999')).toBeUndefined();
      expect(await store.get('things', 'not-an-id')).toBeUndefined();
    });

    it('changes the ETag on every update and refuses a stale If-Match with ConflictError', async () => {
      const item = await store.create('things', { owner: 'a', title: 'v1' });
      const v2 = await store.update('things', item.id, { title: 'v2' }, { ifMatch: item.etag });
      expect(v2.etag).not.toBe(item.etag);
      expect(v2.fields.title).toBe('v2');
      expect(v2.fields.owner).toBe('a');
      await expect(store.update('things', item.id, { title: 'v3' }, { ifMatch: item.etag })).rejects.toBeInstanceOf(ConflictError);
      expect((await store.get('things', item.id))?.fields.title).toBe('v2');
    });

    it('refuses a stale delete and deletes with the current ETag', async () => {
      const item = await store.create('things', { owner: 'a' });
      const v2 = await store.update('things', item.id, { title: 'x' });
      await expect(store.delete('things', item.id, { ifMatch: item.etag })).rejects.toBeInstanceOf(ConflictError);
      await store.delete('things', item.id, { ifMatch: v2.etag });
      expect(await store.get('things', item.id)).toBeUndefined();
    });

    it('filters on indexed columns, and refuses a filter on a column that is not indexed', async () => {
      await store.create('things', { owner: 'a', done: false });
      await store.create('things', { owner: 'b', done: true });
      await store.create('things', { owner: 'a', done: true });
      const a = await queryAll(store, 'things', { owner: 'a' });
      expect(a).toHaveLength(2);
      const aDone = await queryAll(store, 'things', { owner: 'a', done: true });
      expect(aDone).toHaveLength(1);
      await expect(store.query('things', { where: { title: 'x' } })).rejects.toBeInstanceOf(SchemaError);
    });

    it('pages through a result whole, in creation order', async () => {
      for (let i = 0; i < 23; i++) await store.create('things', { owner: 'p', count: i });
      const first = await store.query('things', { where: { owner: 'p' }, top: 10 });
      expect(first.items).toHaveLength(10);
      expect(first.nextCursor).toBeDefined();
      const all = await queryAll(store, 'things', { owner: 'p' });
      expect(all.map((i) => i.fields.count)).toEqual([...Array(23).keys()]);
    });

    it('returns at least the selected fields when asked for some', async () => {
      await store.create('things', { owner: 's', title: 'vald', body: 'inte vald', count: 7 });
      const [item] = (await store.query('things', { where: { owner: 's' }, select: ['title', 'count'] })).items;
      expect(item.fields.title).toBe('vald');
      expect(item.fields.count).toBe(7);
      expect(item.etag).toMatch(/\S/);
    });

    it('answers several queries at once, each whole', async () => {
      await store.create('things', { owner: 'x' });
      await store.create('things', { owner: 'y' });
      await store.create('things', { owner: 'y' });
      const [xs, ys, none] = await store.queryMany([
        { list: 'things', where: { owner: 'x' } },
        { list: 'things', where: { owner: 'y' } },
        { list: 'things', where: { owner: 'z' } },
      ]);
      expect([xs.length, ys.length, none.length]).toEqual([1, 2, 0]);
    });

    it('reads single items by id in the same round, [] for one that does not exist', async () => {
      const a = await store.create('things', { owner: 'id-a', title: 'A' });
      const [one, missing, query] = await store.queryMany([
        { list: 'things', id: a.id },
        { list: 'things', id: '999999' },
        { list: 'things', where: { owner: 'id-a' } },
      ]);
      expect(one.map((i) => i.fields.title)).toEqual(['A']);
      expect(missing).toEqual([]);
      expect(query.map((i) => i.id)).toEqual([a.id]);
    });

    it('makes a retried create with the same key return the first item, not a second', async () => {
      const first = await store.create('things', { owner: 'k', title: 'once' }, { key: 'abc-1' });
      const again = await store.create('things', { owner: 'k', title: 'once' }, { key: 'abc-1' });
      expect(again.id).toBe(first.id);
      expect(await queryAll(store, 'things', { owner: 'k' })).toHaveLength(1);
    });

    it('refuses unknown lists and columns', async () => {
      await expect(store.create('nope', { a: 1 })).rejects.toBeInstanceOf(SchemaError);
      await expect(store.create('things', { nope: 1 })).rejects.toBeInstanceOf(SchemaError);
    });

    it('is idempotent when the lists are ensured again', async () => {
      const item = await store.create('things', { owner: 'a', title: 'kvar' });
      await store.ensureLists(CONTRACT_SCHEMA);
      expect((await store.get('things', item.id))?.fields.title).toBe('kvar');
    });
  });
}

export function describeCreateManyContract(name: string, open: () => Promise<ListStore>) {
  describe(`ListStore contract (createMany): ${name}`, () => {
    let store: ListStore;
    beforeEach(async () => {
      store = await open();
      await store.ensureLists(CONTRACT_SCHEMA);
    });
    afterEach(() => store.close());

    it('creates many items, more than one batch, in order, honouring keys', async () => {
      const items = Array.from({ length: 45 }, (_, i) => ({ fields: { owner: 'bulk', count: i }, key: `bulk-${i}` }));
      const created = await store.createMany('things', items);
      expect(created.map((c) => c.fields.count)).toEqual([...Array(45).keys()]);
      const again = await store.createMany('things', items.slice(0, 3));
      expect(again.map((c) => c.id)).toEqual(created.slice(0, 3).map((c) => c.id));
      expect(await queryAll(store, 'things', { owner: 'bulk' })).toHaveLength(45);
    });
  });
}
