import { SchemaError, type Fields, type ListItem, type ListPage, type ListQuery } from '../../app/ports/list-store';
import { readAll, type Read } from './batch-reader';
import { filterPlan, type FilterPlan } from './field-codec';
import { GraphRequestError } from './graph-request-error';
import {
  BATCH_PAGE,
  expand,
  isNextLinkOf,
  isPastThreshold,
  MAX_PAGE,
  queryUrl,
  refOf,
  toItem,
  type GraphItem,
  type ListAccess,
  type ListRef,
} from './graph-items';

/** One query: equality on indexed columns, or (the adapter's extra) one item by id. */
export interface ManyRequest {
  list: string;
  where?: Fields;
  id?: string;
}

export async function getItem(access: ListAccess, list: string, id: string): Promise<ListItem | undefined> {
  const ref = refOf(access, list);
  if (!/^\d+$/.test(id)) return undefined;
  try {
    return toItem(ref, await access.http.get<GraphItem>(`${ref.itemsUrl}/${id}?${expand(ref)}`));
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 404) return undefined;
    throw error;
  }
}

export async function queryItems(access: ListAccess, list: string, query: ListQuery = {}): Promise<ListPage> {
  const ref = refOf(access, list);
  // A cursor of a scan (see below) goes on scanning: its nextLink has no $filter.
  const scanning = !!query.cursor && !new URL(query.cursor).searchParams.has('$filter') && Object.keys(query.where ?? {}).length > 0;
  const plan = filterPlan(ref.map, query.where, scanning); // refused alike with a cursor
  if (query.cursor && !isNextLinkOf(query.cursor, ref.listId)) throw new SchemaError(`The cursor is not a page of list "${list}"`);
  for (const field of query.select ?? []) ref.map.internal(field); // refuses unknown columns
  try {
    return await page(access, ref, plan, query);
  } catch (error) {
    if (!isPastThreshold(error) || query.cursor) throw error;
    return page(access, ref, filterPlan(ref.map, query.where, true), query);
  }
}

/** Every query in one $batch round trip (20 a batch), then one more per round of nextLinks. */
export async function queryManyItems(access: ListAccess, requests: ManyRequest[]): Promise<ListItem[][]> {
  const refs = requests.map((r) => refOf(access, r.list));
  const plans: (FilterPlan | undefined)[] = requests.map((r, i) => (r.id !== undefined ? undefined : filterPlan(refs[i].map, r.where)));
  const reads: Read[] = requests.map((r, i) =>
    r.id !== undefined
      ? { url: `${refs[i].itemsUrl}/${/^\d+$/.test(r.id) ? r.id : '0'}?${expand(refs[i])}`, kind: 'one' }
      : { url: queryUrl(refs[i], plans[i]!.server, BATCH_PAGE), kind: 'pages' },
  );
  let results: unknown[][];
  try {
    results = await readAll(access.http, reads, access.sleep);
  } catch (error) {
    if (!isPastThreshold(error)) throw error;
    // Rare (a query matching more than the threshold): each read on its own, scanning where refused.
    return Promise.all(
      requests.map(async (r) =>
        r.id !== undefined ? [await getItem(access, r.list, r.id)].filter((i): i is ListItem => !!i) : allItems(access, r.list, r.where),
      ),
    );
  }
  return results.map((raws, i) =>
    (raws as GraphItem[]).map((raw) => toItem(refs[i], raw)).filter((item) => plans[i]?.matches(item.fields) ?? true),
  );
}

async function page(access: ListAccess, ref: ListRef, plan: FilterPlan, query: ListQuery): Promise<ListPage> {
  const select = query.select && [...new Set([...query.select, ...plan.fields])];
  const url = query.cursor ?? queryUrl(ref, plan.server, query.top ?? MAX_PAGE, select);
  const page = await access.http.get<{ value: GraphItem[]; '@odata.nextLink'?: string }>(url);
  const only = select && new Set(select);
  // A page narrowed in memory may hold fewer than `top` items (even none) and still go on.
  const items = page.value.map((raw) => toItem(ref, raw, only)).filter((item) => plan.matches(item.fields));
  return { items, nextCursor: page['@odata.nextLink'] };
}

async function allItems(access: ListAccess, list: string, where?: Fields): Promise<ListItem[]> {
  const items: ListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryItems(access, list, { where, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
