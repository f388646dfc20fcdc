import { ConflictError, type Fields, type ListItem, type WriteOptions } from '../../app/ports/list-store';
import { readAll, type Read } from './batch-reader';
import { KEY_COLUMN } from './column-names';
import { decodeFields, encodeFields, keyFilter } from './field-codec';
import { GraphRequestError } from './graph-request-error';
import { BATCH_PAGE, queryUrl, refOf, toItem, type GraphItem, type ListAccess, type ListRef } from './graph-items';
import { getItem } from './graph-list-reads';
import { createItems, type CreateTarget } from './item-creator';

/** $batch POSTs, 20 a batch; each item may carry its own idempotency key. */
export async function createManyItems(access: ListAccess, list: string, items: { fields: Fields; key?: string }[]): Promise<ListItem[]> {
  const ref = refOf(access, list);
  const encoded = items.map((item) => ({ fields: encodeFields(ref.map, item.fields), key: item.key }));
  if (encoded.length === 0) return [];
  return createItems(access.http, target(access, list, ref), encoded, KEY_COLUMN, access.sleep);
}

export async function updateItem(
  access: ListAccess,
  list: string,
  id: string,
  fields: Fields,
  options: WriteOptions = {},
): Promise<ListItem> {
  const ref = refOf(access, list);
  const body = encodeFields(ref.map, fields);
  if (!/^\d+$/.test(id)) throw new ConflictError(list, id);
  let raw: Record<string, unknown> | undefined;
  try {
    raw = await access.http.send<Record<string, unknown>>('PATCH', `${ref.itemsUrl}/${id}/fields`, {
      body,
      headers: options.ifMatch ? { 'If-Match': options.ifMatch } : {},
      repeatable: !options.ifMatch,
    });
  } catch (error) {
    if (error instanceof GraphRequestError && (error.status === 412 || error.status === 404)) throw new ConflictError(list, id);
    throw error;
  }
  const etag = raw?.['@odata.etag'];
  if (typeof etag === 'string' && typeof raw?.Created === 'string' && typeof raw?.Modified === 'string') {
    return { id, etag, created: raw.Created, modified: raw.Modified, fields: decodeFields(ref.map, raw) };
  }
  const item = await getItem(access, list, id);
  if (!item) throw new ConflictError(list, id);
  return item;
}

export async function deleteItem(access: ListAccess, list: string, id: string, options: WriteOptions = {}): Promise<void> {
  const ref = refOf(access, list);
  if (!/^\d+$/.test(id)) return;
  try {
    // Repeatable: after a lost answer, the repeat finds the item gone (404), which is done.
    await access.http.send('DELETE', `${ref.itemsUrl}/${id}`, {
      headers: options.ifMatch ? { 'If-Match': options.ifMatch } : {},
      repeatable: true,
    });
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 404) return;
    if (error instanceof GraphRequestError && error.status === 412) throw new ConflictError(list, id);
    throw error;
  }
}

function target(access: ListAccess, list: string, ref: ListRef): CreateTarget {
  return {
    itemsUrl: ref.itemsUrl,
    toItem: (raw) => ((raw as GraphItem).fields ? toItem(ref, raw as GraphItem) : undefined),
    get: (id) => getItem(access, list, id),
    remove: (id) => deleteItem(access, list, id),
    byKeys: async (keys) => {
      const reads = keys.map((key): Read => ({ url: queryUrl(ref, keyFilter(KEY_COLUMN, key), BATCH_PAGE), kind: 'pages' }));
      const found = await readAll(access.http, reads, access.sleep);
      return found.map((raws) => (raws as GraphItem[]).map((raw) => toItem(ref, raw)).sort((a, b) => Number(a.id) - Number(b.id)));
    },
  };
}
