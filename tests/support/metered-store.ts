/**
 * A ListStore wrapper that counts SharePoint resource units by the documented costs ("Avoid
 * getting throttled or blocked in SharePoint Online": single item read 1 RU; a query, create,
 * update or delete 2 RU; each $batch step counts on its own), per list and operation.
 */
import type { ListSchema } from '../../src/app/store/list-schema';
import type { CreateOptions, Fields, ListQuery, ListStore, ManyRequest, WriteOptions } from '../../src/app/ports/list-store';

export class MeteredStore implements ListStore {
  ru = 0;
  calls = 0;
  readonly byOperation = new Map<string, { calls: number; ru: number }>();

  constructor(readonly inner: ListStore) {}

  get kind() {
    return this.inner.kind;
  }

  reset() {
    this.ru = 0;
    this.calls = 0;
    this.byOperation.clear();
  }

  /** "list.operation: calls × → RU", largest first. */
  breakdown(): string[] {
    return [...this.byOperation].sort((a, b) => b[1].ru - a[1].ru).map(([k, v]) => `${k}: ${v.calls}× → ${v.ru} RU`);
  }

  private charge(list: string, op: string, ru: number, calls = 1) {
    this.ru += ru;
    this.calls += calls;
    const key = `${list}.${op}`;
    const entry = this.byOperation.get(key) ?? { calls: 0, ru: 0 };
    entry.calls += calls;
    entry.ru += ru;
    this.byOperation.set(key, entry);
  }

  ensureLists(schema: ListSchema) {
    return this.inner.ensureLists(schema);
  }
  get(list: string, id: string) {
    this.charge(list, 'get', 1);
    return this.inner.get(list, id);
  }
  query(list: string, query?: ListQuery) {
    this.charge(list, 'query', 2);
    return this.inner.query(list, query);
  }
  queryMany(requests: ManyRequest[]) {
    for (const r of requests) this.charge(r.list, r.id ? 'get' : 'query', r.id ? 1 : 2);
    return this.inner.queryMany(requests);
  }
  create(list: string, fields: Fields, options?: CreateOptions) {
    this.charge(list, 'create', 2);
    return this.inner.create(list, fields, options);
  }
  createMany(list: string, items: { fields: Fields; key?: string }[]) {
    this.charge(list, 'create', 2 * items.length, items.length);
    return this.inner.createMany(list, items);
  }
  update(list: string, id: string, fields: Fields, options?: WriteOptions) {
    this.charge(list, 'update', 2);
    return this.inner.update(list, id, fields, options);
  }
  delete(list: string, id: string, options?: WriteOptions) {
    this.charge(list, 'delete', 2);
    return this.inner.delete(list, id, options);
  }
  close() {
    return this.inner.close();
  }
}
