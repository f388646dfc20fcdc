import type { ListSchema } from '../../app/store/list-schema';
import type { CreateOptions, Fields, ListItem, ListPage, ListQuery, ListStore, WriteOptions } from '../../app/ports/list-store';
import { ColumnMap } from './column-names';
import { GraphHttp, GRAPH_V1, type GraphHttpOptions } from './graph-http';
import type { ListAccess, ListRef } from './graph-items';
import { getItem, queryItems, queryManyItems, type ManyRequest } from './graph-list-reads';
import { createManyItems, deleteItem, updateItem } from './graph-list-writes';
import { provisionLists, type ProvisioningChange, type ProvisioningReport } from './list-provisioner';
import { META_DEFINITION, META_LIST, SCHEMA_VERSION, UPGRADE_STEPS } from './schema-upgrades';
import { checkSite, SiteNotReadyError } from './site-check';

export type { ManyRequest } from './graph-list-reads';

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
  private readonly access: ListAccess;

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
    this.access = { http: this.http, sleep: this.sleep, lists: this.lists };
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

  /** Reads: graph-list-reads.ts. */
  get(list: string, id: string): Promise<ListItem | undefined> {
    return getItem(this.access, list, id);
  }

  query(list: string, query: ListQuery = {}): Promise<ListPage> {
    return queryItems(this.access, list, query);
  }

  queryMany(requests: ManyRequest[]): Promise<ListItem[][]> {
    return queryManyItems(this.access, requests);
  }

  /** Writes: graph-list-writes.ts. A create retried with the same key returns the first item (see createItems). */
  async create(list: string, fields: Fields, options: CreateOptions = {}): Promise<ListItem> {
    return (await this.createMany(list, [{ fields, key: options.key }]))[0];
  }

  createMany(list: string, items: { fields: Fields; key?: string }[]): Promise<ListItem[]> {
    return createManyItems(this.access, list, items);
  }

  update(list: string, id: string, fields: Fields, options: WriteOptions = {}): Promise<ListItem> {
    return updateItem(this.access, list, id, fields, options);
  }

  delete(list: string, id: string, options: WriteOptions = {}): Promise<void> {
    return deleteItem(this.access, list, id, options);
  }

  async close(): Promise<void> {
    this.lists.clear();
  }
}
