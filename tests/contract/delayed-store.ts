/**
 * A ListStore decorator that makes every call take 0–20 ms, split randomly between the way there
 * (before the store acts) and the way back (after it acted), as over a network: SharePoint is
 * always reached over one. The reads of one queryMany each get their own delay: the steps of a
 * Graph $batch without dependsOn run in no set order (learn.microsoft.com/graph/json-batching;
 * Microsoft Q&A 1532547), so a batch is no snapshot.
 */
import type { ListSchema } from '../../src/app/store/list-schema';
import type {
  CreateOptions,
  Fields,
  ListItem,
  ListPage,
  ListQuery,
  ListStore,
  ManyRequest,
  WriteOptions,
} from '../../src/app/ports/list-store';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DelayedListStore implements ListStore {
  readonly kind: ListStore['kind'];
  calls = 0;

  constructor(
    private readonly inner: ListStore,
    private readonly maxMs = 20,
    private readonly random: () => number = Math.random,
  ) {
    this.kind = inner.kind;
  }

  private async delayed<T>(call: () => Promise<T>): Promise<T> {
    this.calls += 1;
    const total = this.random() * this.maxMs;
    const there = this.random() * total;
    await pause(there);
    try {
      return await call();
    } finally {
      await pause(total - there);
    }
  }

  ensureLists(schema: ListSchema): Promise<void> {
    return this.inner.ensureLists(schema);
  }
  get(list: string, id: string): Promise<ListItem | undefined> {
    return this.delayed(() => this.inner.get(list, id));
  }
  query(list: string, query?: ListQuery): Promise<ListPage> {
    return this.delayed(() => this.inner.query(list, query));
  }
  queryMany(requests: ManyRequest[]): Promise<ListItem[][]> {
    return this.delayed(() => Promise.all(requests.map((r) => this.delayed(async () => (await this.inner.queryMany([r]))[0]))));
  }
  create(list: string, fields: Fields, options?: CreateOptions): Promise<ListItem> {
    return this.delayed(() => this.inner.create(list, fields, options));
  }
  createMany(list: string, items: { fields: Fields; key?: string }[]): Promise<ListItem[]> {
    return this.delayed(() => this.inner.createMany(list, items));
  }
  update(list: string, id: string, fields: Fields, options?: WriteOptions): Promise<ListItem> {
    return this.delayed(() => this.inner.update(list, id, fields, options));
  }
  delete(list: string, id: string, options?: WriteOptions): Promise<void> {
    return this.delayed(() => this.inner.delete(list, id, options));
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
