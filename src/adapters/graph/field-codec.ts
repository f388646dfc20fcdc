import { SchemaError, type Fields, type FieldValue } from '../../app/ports/list-store';
import type { ColumnDefinition } from '../../app/store/list-columns';
import type { ColumnMap } from './column-names';

/**
 * Field values ⇄ SharePoint field values, typed by the list schema, so a read gives back what
 * SQLite gives back: every schema column present, `null` when unset (Graph leaves unset fields
 * out), numbers as numbers, booleans as booleans, dateTimes as ISO 8601 UTC strings.
 */
export function encodeFields(map: ColumnMap, fields: Fields): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [field, value] of Object.entries(fields)) {
    const column = map.def.columns[field];
    const name = map.internal(field);
    out[name] = value === null ? null : checked(map.list, field, column, value);
  }
  return out;
}

export function decodeFields(map: ColumnMap, raw: Record<string, unknown> | undefined, only?: Set<string>): Fields {
  const fields: Fields = {};
  for (const field of map.fields) {
    if (only && !only.has(field)) continue;
    const value = raw?.[map.internal(field)];
    fields[field] = value === undefined || value === null ? null : decodeValue(map.def.columns[field], value);
  }
  return fields;
}

/** How a `where` is answered: one clause sent to SharePoint, every clause checked on what comes back. */
export interface FilterPlan {
  /** `fields/skaOwner eq 'a'`: one indexed column, never `eq null`; undefined reads the list unfiltered. */
  server?: string;
  /** The fields the narrowing in memory reads (they must come back in `$select`). */
  fields: string[];
  matches(fields: Fields): boolean;
}

/**
 * SharePoint filters one indexed field at a time past the list view threshold (listItem list
 * docs) and refuses `eq null`: the adapter sends one clause, the most selective it can tell (the
 * first non-null, non-Yes/No clause in the caller's order; callers name the narrowest column
 * first), and narrows by the others in memory. When even that clause matches more than the
 * threshold, SharePoint refuses it; the store then scans the list unfiltered (`scan`), which the
 * threshold allows, at 2 RU a page of 5,000. See README.md in this folder.
 */
export function filterPlan(map: ColumnMap, where: Fields = {}, scan = false): FilterPlan {
  const clauses = Object.entries(where).map(([field, value]) => {
    const column = map.def.columns[field];
    const name = map.internal(field);
    if (!column.indexed) throw new SchemaError(`Column "${field}" in list "${map.list}" is not indexed and cannot be filtered on`);
    return { field, name, column, value: value === null ? null : checked(map.list, field, column, value) };
  });
  const sendable = clauses.filter((c) => c.value !== null);
  // scan: nothing sent, everything narrowed in memory (the list read whole, in pages).
  const chosen = scan ? undefined : (sendable.find((c) => c.column.type !== 'boolean') ?? sendable[0]);
  const rest = clauses.filter((c) => c !== chosen);
  return {
    server: chosen ? `fields/${chosen.name} eq ${literal(chosen.value)}` : undefined,
    fields: rest.map((c) => c.field),
    matches: (fields) => rest.every((c) => (fields[c.field] ?? null) === c.value),
  };
}

export function keyFilter(keyColumn: string, key: string): string {
  return `fields/${keyColumn} eq ${literal(key)}`;
}

function literal(value: FieldValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function checked(list: string, field: string, column: ColumnDefinition, value: FieldValue): FieldValue {
  const wrong = () => new SchemaError(`Column "${field}" in list "${list}" is ${column.type}; got ${typeof value}`);
  switch (column.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong();
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return value;
    case 'dateTime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw wrong();
      return new Date(value).toISOString();
    default:
      if (typeof value !== 'string') throw wrong();
      return value;
  }
}

function decodeValue(column: ColumnDefinition, value: unknown): FieldValue {
  switch (column.type) {
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 1 || value === '1' || value === 'true';
    case 'dateTime':
      return new Date(String(value)).toISOString();
    default:
      return String(value);
  }
}
