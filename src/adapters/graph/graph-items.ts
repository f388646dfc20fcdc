import { SchemaError, type ListItem } from '../../app/ports/list-store';
import type { ColumnMap } from './column-names';
import { decodeFields } from './field-codec';
import type { GraphHttp } from './graph-http';
import { GraphRequestError } from './graph-request-error';
import { GRAPH_ORIGIN } from './host-rewrite-step';

/** SharePoint's list view threshold; Graph may still give shorter pages, and nextLinks carry on. */
export const MAX_PAGE = 5000;
/** Per query inside a $batch: twenty answers share one response. */
export const BATCH_PAGE = 1000;

/** One list item as Graph answers it (with `fields` expanded). */
export interface GraphItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields?: Record<string, unknown>;
}

/** A provisioned list: its column map, its Graph id and its items URL. */
export interface ListRef {
  map: ColumnMap;
  listId: string;
  itemsUrl: string;
}

/** What the reads and writes share with the store: its Graph client, its sleep, its lists. */
export interface ListAccess {
  http: GraphHttp;
  sleep: (ms: number) => Promise<void>;
  lists: Map<string, ListRef>;
}

export function refOf(access: ListAccess, list: string): ListRef {
  const ref = access.lists.get(list);
  if (!ref) throw new SchemaError(`Unknown list "${list}"`);
  return ref;
}

/** Only our columns travel (or only the selected ones), not SharePoint's two dozen own fields. */
export function expand(ref: ListRef, select?: string[]): string {
  return `$expand=fields($select=${select ? select.map((f) => ref.map.internal(f)).join(',') : ref.map.selectList})`;
}

export function queryUrl(ref: ListRef, filter: string | undefined, top: number, select?: string[]): string {
  const size = Math.min(Math.max(top, 1), MAX_PAGE);
  return `${ref.itemsUrl}?${expand(ref, select)}${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}&$top=${size}`;
}

export function toItem(ref: ListRef, raw: GraphItem, only?: Set<string>): ListItem {
  const etag = raw.eTag ?? raw['@odata.etag'] ?? (raw.fields?.['@odata.etag'] as string | undefined);
  if (!etag) throw new GraphRequestError(200, 'missingETag', raw, `Graph answered item ${raw.id} without an ETag`);
  return {
    id: String(raw.id),
    etag,
    created: raw.createdDateTime,
    modified: raw.lastModifiedDateTime,
    fields: decodeFields(ref.map, raw.fields, only),
  };
}

/** SharePoint's refusal of a filter past the list view threshold (tests/graph/README.md). */
export function isPastThreshold(error: unknown): boolean {
  return (
    error instanceof GraphRequestError &&
    /SPQueryThrottledException|exceeds the list view threshold/i.test(`${error.code} ${error.message}`)
  );
}

/** A cursor is a whole @odata.nextLink: Graph's origin, this list's items (the token goes nowhere else). */
export function isNextLinkOf(cursor: string, listId: string): boolean {
  const url = URL.canParse(cursor) ? new URL(cursor) : undefined;
  return url?.origin === GRAPH_ORIGIN && url.pathname.toLowerCase().endsWith(`/lists/${listId.toLowerCase()}/items`);
}
