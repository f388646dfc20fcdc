import type { ListSchema } from '../../app/store/list-schema';
import {
  ConflictError,
  SchemaError,
  type CreateOptions,
  type Fields,
  type ListItem,
  type ListPage,
  type ListQuery,
  type ListStore,
  type WriteOptions,
} from '../../app/ports/list-store';
import { readAll, type Read } from './batch-reader';
import { ColumnMap, KEY_COLUMN } from './column-names';
import { decodeFields, encodeFields, filterPlan, keyFilter, type FilterPlan } from './field-codec';
import { GraphHttp, GRAPH_V1, type GraphHttpOptions } from './graph-http';
import { GRAPH_ORIGIN } from './host-rewrite-step';
import { GraphRequestError } from './graph-request-error';
import { createItems, type CreateTarget } from './item-creator';
import { provisionLists, type ProvisioningChange, type ProvisioningReport } from './list-provisioner';
import { META_DEFINITION, META_LIST, SCHEMA_VERSION, UPGRADE_STEPS } from './schema-upgrades';
import { checkSite, SiteNotReadyError } from './site-check';

/** SharePoint's list view threshold; Graph may still give shorter pages, and nextLinks carry on. */
const MAX_PAGE = 5000;
/** Per query inside a $batch: twenty answers share one response. */
const BATCH_PAGE = 1000;

export interface GraphListStoreOptions extends Omit<GraphHttpOptions, 'retry'> {
  /** Graph site id ("contoso.sharepoint.com,{site guid},{web guid}"). */
  siteId: string;
  /** Retries after the first try (default 4, so 5 tries in all). */
  maxRetries?: number;
  /** First back-off when Graph names no Retry-After (default 500 ms). */
  retryBaseDelayMs?: number;
  /** Told of every list, column and index that ensureLists creates. */
  onProvision?: (change: ProvisioningChange) => void;
}

/** One query: equality on indexed columns, or (the adapter's extra) one item by id. */
export interface ManyRequest {
  list: string;
  where?: Fields;
  id?: string;
}

interface GraphItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields?: Record<string, unknown>;
}

interface ListRef {
  map: ColumnMap;
  listId: string;
  itemsUrl: string;
}

/**
 * The production list store: SharePoint lists on one site through Microsoft Graph.
 * Same semantics as SqliteListStore (tests/contract/list-store.contract.ts).
 */
export class GraphListStore implements ListStore {
  readonly kind = 'graph' as const;
  /** The Graph client with the store's steps (auth, retry); the page publisher shares it. */
  readonly http: GraphHttp;
  private readonly siteUrl: string;
  private readonly lists = new Map<string, ListRef>();
  private readonly sleep: (ms: number) => Promise<void>;

  static create(options: GraphListStoreOptions): GraphListStore {
    return new GraphListStore(options);
  }

  constructor(private readonly options: GraphListStoreOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.http = new GraphHttp({
      ...options,
      sleep: this.sleep,
      retry: {
        maxTries: (options.maxRetries ?? 4) + 1,
        ...(options.retryBaseDelayMs === undefined ? {} : { baseDelayMs: options.retryBaseDelayMs }),
      },
    });
    if (!/^[\w.,:/-]+$/.test(options.siteId)) throw new Error(`"${options.siteId}" is not a Graph site id`);
    this.siteUrl = `${GRAPH_V1}/sites/${options.siteId}`;
  }

  /** Provisions (the port's contract: creates what is missing). The app at start calls verify instead. */
  async ensureLists(schema: ListSchema): Promise<void> {
    await this.provision(schema);
  }

  /**
   * Start-up: reads the lists, their columns and the schema version in one round and changes
   * nothing. Throws SiteNotReadyError (Swedish + English, naming what is missing and
   * `npm run provision:sharepoint`) when the site is not provisioned for this version.
   */
  async verify(schema: ListSchema): Promise<void> {
    const check = await checkSite(this.http, this.siteUrl, schema, this.sleep);
    if (check.problems.length > 0) throw new SiteNotReadyError(check.problems);
    this.remember(schema, check.listIds);
  }

  /**
   * Creates what the schema names and the site lacks, then applies the upgrade steps above the
   * site's schema version and records the new version (see schema-upgrades.ts); tells each change.
   * An empty report when the site was already complete.
   */
  async provision(schema: ListSchema): Promise<ProvisioningReport> {
    const changes: ProvisioningChange[] = [];
    const told = (change: ProvisioningChange) => {
      changes.push(change);
      this.options.onProvision?.(change);
    };
    const withMeta: ListSchema = { ...schema, [META_LIST]: META_DEFINITION };
    const ids = await provisionLists(this.http, this.siteUrl, withMeta, this.sleep, told);
    this.remember(withMeta, ids);
    let [versionItem] = (await this.query(META_LIST, { top: 1 })).items;
    const current = Number(versionItem?.fields.version ?? 0);
    const appIds = new Map([...ids].filter(([name]) => name !== META_LIST));
    for (const step of UPGRADE_STEPS.filter((s) => s.version > current && s.version <= SCHEMA_VERSION)) {
      await step.apply({ http: this.http, siteUrl: this.siteUrl, listIds: appIds, sleep: this.sleep, onChange: told });
      versionItem = versionItem
        ? await this.update(META_LIST, versionItem.id, { version: step.version })
        : await this.create(META_LIST, { version: step.version }, { key: 'schema-version' });
      told({ kind: 'upgrade', list: META_DEFINITION.title, description: `version ${step.version}: ${step.description}` });
    }
    return { changes };
  }

  private remember(schema: ListSchema, ids: Map<string, string>): void {
    for (const [name, def] of Object.entries(schema)) {
      const listId = ids.get(name);
      if (listId) this.lists.set(name, { map: new ColumnMap(name, def), listId, itemsUrl: `${this.siteUrl}/lists/${listId}/items` });
    }
  }

  async get(list: string, id: string): Promise<ListItem | undefined> {
    const ref = this.ref(list);
    if (!/^\d+$/.test(id)) return undefined;
    try {
      return this.toItem(ref, await this.http.get<GraphItem>(`${ref.itemsUrl}/${id}?${this.expand(ref)}`));
    } catch (error) {
      if (error instanceof GraphRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  async query(list: string, query: ListQuery = {}): Promise<ListPage> {
    const ref = this.ref(list);
    // A cursor of a scan (see below) goes on scanning: its nextLink has no $filter.
    const scanning = !!query.cursor && !new URL(query.cursor).searchParams.has('$filter') && Object.keys(query.where ?? {}).length > 0;
    const plan = filterPlan(ref.map, query.where, scanning); // refused alike with a cursor
    if (query.cursor && !isNextLinkOf(query.cursor, ref.listId)) throw new SchemaError(`The cursor is not a page of list "${list}"`);
    for (const field of query.select ?? []) ref.map.internal(field); // refuses unknown columns
    try {
      return await this.page(ref, plan, query);
    } catch (error) {
      if (!isPastThreshold(error) || query.cursor) throw error;
      return this.page(ref, filterPlan(ref.map, query.where, true), query);
    }
  }

  /** Every query in one $batch round trip (20 a batch), then one more per round of nextLinks. */
  async queryMany(requests: ManyRequest[]): Promise<ListItem[][]> {
    const refs = requests.map((r) => this.ref(r.list));
    const plans: (FilterPlan | undefined)[] = requests.map((r, i) => (r.id !== undefined ? undefined : filterPlan(refs[i].map, r.where)));
    const reads: Read[] = requests.map((r, i) =>
      r.id !== undefined
        ? { url: `${refs[i].itemsUrl}/${/^\d+$/.test(r.id) ? r.id : '0'}?${this.expand(refs[i])}`, kind: 'one' }
        : { url: this.queryUrl(refs[i], plans[i]!.server, BATCH_PAGE), kind: 'pages' },
    );
    let results: unknown[][];
    try {
      results = await readAll(this.http, reads, this.sleep);
    } catch (error) {
      if (!isPastThreshold(error)) throw error;
      // Rare (a query matching more than the threshold): each read on its own, scanning where refused.
      return Promise.all(
        requests.map(async (r) =>
          r.id !== undefined ? [await this.get(r.list, r.id)].filter((i): i is ListItem => !!i) : this.all(r.list, r.where),
        ),
      );
    }
    return results.map((raws, i) =>
      (raws as GraphItem[]).map((raw) => this.toItem(refs[i], raw)).filter((item) => plans[i]?.matches(item.fields) ?? true),
    );
  }

  private async page(ref: ListRef, plan: FilterPlan, query: ListQuery): Promise<ListPage> {
    const select = query.select && [...new Set([...query.select, ...plan.fields])];
    const url = query.cursor ?? this.queryUrl(ref, plan.server, query.top ?? MAX_PAGE, select);
    const page = await this.http.get<{ value: GraphItem[]; '@odata.nextLink'?: string }>(url);
    const only = select && new Set(select);
    // A page narrowed in memory may hold fewer than `top` items (even none) and still go on.
    const items = page.value.map((raw) => this.toItem(ref, raw, only)).filter((item) => plan.matches(item.fields));
    return { items, nextCursor: page['@odata.nextLink'] };
  }

  private async all(list: string, where?: Fields): Promise<ListItem[]> {
    const items: ListItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.query(list, { where, cursor });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  /** A create retried with the same key returns the first item (see createItems). */
  async create(list: string, fields: Fields, options: CreateOptions = {}): Promise<ListItem> {
    return (await this.createMany(list, [{ fields, key: options.key }]))[0];
  }

  /** $batch POSTs, 20 a batch; each item may carry its own idempotency key. */
  async createMany(list: string, items: { fields: Fields; key?: string }[]): Promise<ListItem[]> {
    const ref = this.ref(list);
    const encoded = items.map((item) => ({ fields: encodeFields(ref.map, item.fields), key: item.key }));
    if (encoded.length === 0) return [];
    return createItems(this.http, this.target(list, ref), encoded, KEY_COLUMN, this.sleep);
  }

  async update(list: string, id: string, fields: Fields, options: WriteOptions = {}): Promise<ListItem> {
    const ref = this.ref(list);
    const body = encodeFields(ref.map, fields);
    if (!/^\d+$/.test(id)) throw new ConflictError(list, id);
    let raw: Record<string, unknown> | undefined;
    try {
      raw = await this.http.send<Record<string, unknown>>('PATCH', `${ref.itemsUrl}/${id}/fields`, {
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
    const item = await this.get(list, id);
    if (!item) throw new ConflictError(list, id);
    return item;
  }

  async delete(list: string, id: string, options: WriteOptions = {}): Promise<void> {
    const ref = this.ref(list);
    if (!/^\d+$/.test(id)) return;
    try {
      // Repeatable: after a lost answer, the repeat finds the item gone (404), which is done.
      await this.http.send('DELETE', `${ref.itemsUrl}/${id}`, {
        headers: options.ifMatch ? { 'If-Match': options.ifMatch } : {},
        repeatable: true,
      });
    } catch (error) {
      if (error instanceof GraphRequestError && error.status === 404) return;
      if (error instanceof GraphRequestError && error.status === 412) throw new ConflictError(list, id);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.lists.clear();
  }

  private ref(list: string): ListRef {
    const ref = this.lists.get(list);
    if (!ref) throw new SchemaError(`Unknown list "${list}"`);
    return ref;
  }

  /** Only our columns travel (or only the selected ones), not SharePoint's two dozen own fields. */
  private expand(ref: ListRef, select?: string[]): string {
    return `$expand=fields($select=${select ? select.map((f) => ref.map.internal(f)).join(',') : ref.map.selectList})`;
  }

  private queryUrl(ref: ListRef, filter: string | undefined, top: number, select?: string[]): string {
    const size = Math.min(Math.max(top, 1), MAX_PAGE);
    return `${ref.itemsUrl}?${this.expand(ref, select)}${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}&$top=${size}`;
  }

  private target(list: string, ref: ListRef): CreateTarget {
    return {
      itemsUrl: ref.itemsUrl,
      toItem: (raw) => ((raw as GraphItem).fields ? this.toItem(ref, raw as GraphItem) : undefined),
      get: (id) => this.get(list, id),
      remove: (id) => this.delete(list, id),
      byKeys: async (keys) => {
        const reads = keys.map((key): Read => ({ url: this.queryUrl(ref, keyFilter(KEY_COLUMN, key), BATCH_PAGE), kind: 'pages' }));
        const found = await readAll(this.http, reads, this.sleep);
        return found.map((raws) => (raws as GraphItem[]).map((raw) => this.toItem(ref, raw)).sort((a, b) => Number(a.id) - Number(b.id)));
      },
    };
  }

  private toItem(ref: ListRef, raw: GraphItem, only?: Set<string>): ListItem {
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
}

/** SharePoint's refusal of a filter past the list view threshold (tests/graph/README.md). */
function isPastThreshold(error: unknown): boolean {
  return (
    error instanceof GraphRequestError &&
    /SPQueryThrottledException|exceeds the list view threshold/i.test(`${error.code} ${error.message}`)
  );
}

/** A cursor is a whole @odata.nextLink: Graph's origin, this list's items (the token goes nowhere else). */
function isNextLinkOf(cursor: string, listId: string): boolean {
  const url = URL.canParse(cursor) ? new URL(cursor) : undefined;
  return url?.origin === GRAPH_ORIGIN && url.pathname.toLowerCase().endsWith(`/lists/${listId.toLowerCase()}/items`);
}
