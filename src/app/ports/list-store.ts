/**
 * The store port, shaped like SharePoint lists: items with typed fields, an ETag per item,
 * equality filters on indexed columns only, paging by an opaque cursor.
 * Adapters: SqliteListStore (embedded default), GraphListStore (SharePoint via Microsoft Graph).
 * Both pass tests/contract/list-store.contract.ts.
 */
import type { ListSchema } from '../store/list-schema';

type ListName = string;

export type FieldValue = string | number | boolean | null;
export type Fields = Record<string, FieldValue>;

export interface ListItem {
  id: string;
  etag: string;
  created: string;
  modified: string;
  fields: Fields;
}

export interface ListQuery {
  /** Equality on indexed columns, ANDed. A filter on a column that is not indexed is refused. */
  where?: Fields;
  /** Page size; adapters cap it. */
  top?: number;
  /** Only these fields are needed (Graph: $select); an adapter may return more, never fewer. */
  select?: string[];
  cursor?: string;
}

export interface ListPage {
  items: ListItem[];
  nextCursor?: string;
}

export interface CreateOptions {
  /** Idempotency key: a create retried with the same key returns the first item instead of a second. */
  key?: string;
}

export interface WriteOptions {
  /** Optimistic concurrency: the write fails with ConflictError if the item's ETag differs. */
  ifMatch?: string;
  /**
   * Durable all the same, but the disk flush may be shared with other writes and waited for off the
   * event loop (SQLite: the group commit), for a hot path of many small writes. Stores without one ignore it.
   */
  groupCommit?: boolean;
}

export interface ManyRequest {
  list: ListName;
  where?: Fields;
  id?: string;
  /** As in ListQuery: only these fields are needed; an adapter may return more, never fewer. */
  select?: string[];
}

export interface ListStore {
  readonly kind: 'sqlite' | 'graph';
  /** Creates or updates lists, columns and indexes from the schema; idempotent. */
  ensureLists(schema: ListSchema): Promise<void>;
  get(list: ListName, id: string): Promise<ListItem | undefined>;
  query(list: ListName, query?: ListQuery): Promise<ListPage>;
  /**
   * Several reads in one round trip where the back end allows it (Graph $batch); each answered whole.
   * A request with an id reads that one item: [item], or [] when there is none.
   */
  queryMany(requests: ManyRequest[]): Promise<ListItem[][]>;
  create(list: ListName, fields: Fields, options?: CreateOptions): Promise<ListItem>;
  /**
   * Creates many items in as few round trips as the back end allows (Graph: $batch of 20).
   * Each entry may carry its own idempotency key. Resolves when every item is stored.
   */
  createMany(list: ListName, items: { fields: Fields; key?: string }[]): Promise<ListItem[]>;
  update(list: ListName, id: string, fields: Fields, options?: WriteOptions): Promise<ListItem>;
  delete(list: ListName, id: string, options?: WriteOptions): Promise<void>;
  close(): Promise<void>;
}

/** The item was changed by someone else since the caller read it (SharePoint: 412). */
export class ConflictError extends Error {
  constructor(
    readonly list: string,
    readonly id: string,
  ) {
    super(`Item ${id} in ${list} was changed by someone else`);
    this.name = 'ConflictError';
  }
}

/** A programming error: the schema does not allow what was asked (unknown list, column or unindexed filter). */
export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

/** Reads every page of a query. */
export async function queryAll(store: ListStore, list: ListName, where?: Fields, select?: string[]): Promise<ListItem[]> {
  const items: ListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query(list, { where, cursor, select });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
