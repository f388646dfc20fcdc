import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ColumnType, ListDefinition } from '../../app/store/list-columns';
import type { ListSchema } from '../../app/store/list-schema';
import {
  ConflictError,
  SchemaError,
  type CreateOptions,
  type Fields,
  type FieldValue,
  type ListItem,
  type ListPage,
  type ListQuery,
  type ListStore,
  type ManyRequest,
  type WriteOptions,
} from '../../app/ports/list-store';
import { Durability, type WalSync } from './wal-sync';

const MAX_PAGE = 5000;
const SQL_TYPE: Record<ColumnType, string> = {
  text: 'TEXT',
  note: 'TEXT',
  number: 'REAL',
  boolean: 'INTEGER',
  dateTime: 'TEXT',
};

interface Row {
  id: number;
  etag_guid: string;
  version: number;
  created: string;
  modified: string;
  [column: string]: unknown;
}

const table = (list: string) => `list_${list}`;
const col = (field: string) => `f_${field}`;

/** SharePoint's ETag shape: "{guid},version". */
const etagOf = (row: Row) => `"${row.etag_guid},${row.version}"`;

/**
 * The embedded list store: one SQLite table per list, one column per field, a real index per
 * indexed column. ETags look like SharePoint's ("{guid},version") and change on every write.
 */
export class SqliteListStore implements ListStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private schema: ListSchema = {};

  /** Single writes with synchronous=FULL, group commits with NORMAL and the WAL flushed off the event loop. */
  private readonly durability: Durability;
  /** The write transactions, made once (db.transaction builds its wrappers on every call). */
  private readonly insertAll: Database.Transaction<(list: string, items: { fields: Fields; key?: string }[]) => ListItem[]>;
  private readonly updateOne: Database.Transaction<
    (list: string, id: number, names: string[], values: unknown[], ifMatch?: string) => ListItem
  >;
  private readonly deleteOne: Database.Transaction<(list: string, id: number, ifMatch?: string) => void>;

  constructor(filename: string, options: { flush?: (path: string) => Promise<void>; flushesAtOnce?: number } = {}) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the write resolves (survey answers say "Tack!" only then).
    // createMany, the group commit, does the same without blocking: see Durability.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    const memory = filename === '' || filename === ':memory:' || filename.startsWith('file::memory:');
    this.durability = new Durability(this.db, memory, options.flush, options.flushesAtOnce);
    this.insertAll = this.db.transaction((list: string, items: { fields: Fields; key?: string }[]) =>
      items.map((item) => this.insert(list, item.fields, item.key)),
    );
    this.updateOne = this.db.transaction((list: string, id: number, names: string[], values: unknown[], ifMatch?: string) => {
      const row = this.current(list, id, ifMatch);
      if (!row) throw new ConflictError(list, String(id));
      this.prepare(
        `UPDATE ${table(list)} SET version = version + 1, modified = ?${names.map((n) => `, ${col(n)} = ?`).join('')} WHERE id = ?`,
      ).run(new Date().toISOString(), ...values, id);
      return this.toItem(list, this.prepare(`SELECT * FROM ${table(list)} WHERE id = ?`).get(id) as Row);
    });
    this.deleteOne = this.db.transaction((list: string, id: number, ifMatch?: string) => {
      if (this.current(list, id, ifMatch)) this.prepare(`DELETE FROM ${table(list)} WHERE id = ?`).run(id);
    });
  }

  /** The row as stored; ConflictError when If-Match names another version. */
  private current(list: string, id: number, ifMatch: string | undefined): Row | undefined {
    const row = this.prepare(`SELECT * FROM ${table(list)} WHERE id = ?`).get(id) as Row | undefined;
    if (row && ifMatch && ifMatch !== etagOf(row)) throw new ConflictError(list, String(id));
    return row;
  }

  /** Flushes the WAL after group commits (none for an in-memory database). */
  get walSync(): WalSync | undefined {
    return this.durability.walSync;
  }

  /** The connection's synchronous setting now (2: FULL, 1: NORMAL), for tests. */
  synchronous(): number {
    return this.db.pragma('synchronous', { simple: true }) as number;
  }

  async ensureLists(schema: ListSchema): Promise<void> {
    this.schema = { ...this.schema, ...schema };
    this.columnCache.clear();
    this.statements.clear();
    this.durability.full();
    const migrate = this.db.transaction(() => {
      for (const [name, def] of Object.entries(schema)) this.ensureList(name, def);
    });
    migrate();
  }

  private ensureList(name: string, def: ListDefinition) {
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table(name)} (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      etag_guid TEXT NOT NULL,
      version INTEGER NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      idem_key TEXT UNIQUE
    )`);
    const existing = new Set((this.db.prepare(`PRAGMA table_info(${table(name)})`).all() as { name: string }[]).map((c) => c.name));
    for (const [field, column] of Object.entries(def.columns)) {
      if (!existing.has(col(field))) {
        this.db.exec(`ALTER TABLE ${table(name)} ADD COLUMN ${col(field)} ${SQL_TYPE[column.type]}`);
      }
      if (column.indexed) {
        this.db.exec(`CREATE INDEX IF NOT EXISTS ix_${name}_${field} ON ${table(name)} (${col(field)})`);
      }
    }
  }

  /** Prepared statements by their SQL: preparing is a large part of a small query's cost. */
  private readonly statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  private definition(list: string): ListDefinition {
    const def = this.schema[list];
    if (!def) throw new SchemaError(`Unknown list "${list}"`);
    return def;
  }

  private toRowValue(list: string, field: string, value: FieldValue): unknown {
    const column = this.definition(list).columns[field];
    if (!column) throw new SchemaError(`Unknown column "${field}" in list "${list}"`);
    if (value === null) return null;
    if (column.type === 'boolean') return value ? 1 : 0;
    return value;
  }

  /** Column names per list, worked out once: reading 100,000 items should not redo it per row. */
  private readonly columnCache = new Map<string, [field: string, column: string, isBoolean: boolean][]>();

  private columnsOf(list: string) {
    let cols = this.columnCache.get(list);
    if (!cols) {
      cols = Object.entries(this.definition(list).columns).map(([field, c]) => [field, col(field), c.type === 'boolean']);
      this.columnCache.set(list, cols);
    }
    return cols;
  }

  private toItem(list: string, row: Row, only?: Set<string>): ListItem {
    const fields: Fields = {};
    for (const [field, column, isBoolean] of this.columnsOf(list)) {
      if (only && !only.has(field)) continue;
      const v = row[column] as FieldValue | undefined;
      fields[field] = v === undefined || v === null ? null : isBoolean ? v === 1 : v;
    }
    return {
      id: String(row.id),
      etag: etagOf(row),
      created: row.created,
      modified: row.modified,
      fields,
    };
  }

  async get(list: string, id: string): Promise<ListItem | undefined> {
    this.definition(list);
    if (!/^\d+$/.test(id)) return undefined;
    const row = this.prepare(`SELECT * FROM ${table(list)} WHERE id = ?`).get(Number(id)) as Row | undefined;
    return row && this.toItem(list, row);
  }

  async query(list: string, query: ListQuery = {}): Promise<ListPage> {
    const def = this.definition(list);
    const clauses: string[] = [];
    const params: unknown[] = [];
    for (const [field, value] of Object.entries(query.where ?? {})) {
      const column = def.columns[field];
      if (!column) throw new SchemaError(`Unknown column "${field}" in list "${list}"`);
      if (!column.indexed) throw new SchemaError(`Column "${field}" in list "${list}" is not indexed and cannot be filtered on`);
      if (value === null) clauses.push(`${col(field)} IS NULL`);
      else {
        clauses.push(`${col(field)} = ?`);
        params.push(this.toRowValue(list, field, value));
      }
    }
    if (query.cursor) {
      clauses.push('id > ?');
      params.push(Number(query.cursor));
    }
    const top = Math.min(Math.max(query.top ?? MAX_PAGE, 1), MAX_PAGE);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const only = query.select ? new Set(query.select) : undefined;
    for (const field of only ?? []) if (!def.columns[field]) throw new SchemaError(`Unknown column "${field}" in list "${list}"`);
    const columns = only ? ['id', 'etag_guid', 'version', 'created', 'modified', ...[...only].map(col)].join(', ') : '*';
    const rows = this.prepare(`SELECT ${columns} FROM ${table(list)} ${where} ORDER BY id LIMIT ?`).all(...params, top + 1) as Row[];
    const more = rows.length > top;
    const items = rows.slice(0, top).map((r) => this.toItem(list, r, only));
    return { items, nextCursor: more ? items.at(-1)!.id : undefined };
  }

  async queryMany(requests: ManyRequest[]): Promise<ListItem[][]> {
    const results: ListItem[][] = [];
    for (const r of requests) {
      if (r.id !== undefined) {
        const item = await this.get(r.list, r.id);
        results.push(item ? [item] : []);
        continue;
      }
      const items: ListItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.query(r.list, { where: r.where, cursor, select: r.select });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      results.push(items);
    }
    return results;
  }

  async create(list: string, fields: Fields, options: CreateOptions = {}): Promise<ListItem> {
    this.durability.full();
    return this.insert(list, fields, options.key);
  }

  /** Synchronous, so a group of inserts can share one transaction without other work slipping in. */
  private insert(list: string, fields: Fields, key: string | undefined): ListItem {
    this.definition(list);
    if (key) {
      const prior = this.prepare(`SELECT * FROM ${table(list)} WHERE idem_key = ?`).get(key) as Row | undefined;
      if (prior) return this.toItem(list, prior);
    }
    const names = Object.keys(fields);
    const values = names.map((f) => this.toRowValue(list, f, fields[f]));
    const now = new Date().toISOString();
    // Another process on the same file may insert the same key between our look and our insert:
    // then its item is the one (the same answer as the look would have given), never an error.
    const info = this.prepare(
      `INSERT INTO ${table(list)} (etag_guid, version, created, modified, idem_key${names.map((n) => `, ${col(n)}`).join('')})
         VALUES (?, 1, ?, ?, ?${names.map(() => ', ?').join('')}) ON CONFLICT(idem_key) DO NOTHING`,
    ).run(randomUUID(), now, now, key ?? null, ...values);
    const row = (
      info.changes === 0 && key
        ? this.prepare(`SELECT * FROM ${table(list)} WHERE idem_key = ?`).get(key)
        : this.prepare(`SELECT * FROM ${table(list)} WHERE id = ?`).get(info.lastInsertRowid)
    ) as Row;
    return this.toItem(list, row);
  }

  async createMany(list: string, items: { fields: Fields; key?: string }[]): Promise<ListItem[]> {
    this.definition(list);
    // One transaction: one commit for the whole group (group commit).
    // IMMEDIATE: take the write lock first (waiting up to busy_timeout), so a read inside cannot go stale against another process.
    return this.durability.group(() => this.insertAll.immediate(list, items));
  }

  async update(list: string, id: string, fields: Fields, options: WriteOptions = {}): Promise<ListItem> {
    const names = Object.keys(fields);
    const values = names.map((f) => this.toRowValue(list, f, fields[f]));
    const apply = () => this.updateOne(list, Number(id), names, values, options.ifMatch);
    if (options.groupCommit) return this.durability.group(apply);
    this.durability.full();
    return apply();
  }

  async delete(list: string, id: string, options: WriteOptions = {}): Promise<void> {
    this.definition(list);
    this.durability.full();
    this.deleteOne(list, Number(id), options.ifMatch);
  }

  async close(): Promise<void> {
    this.db.close();
    await this.durability.close();
  }
}
