/**
 * The SharePoint schema's version, kept on the site (one item in the list "SKA Schemaversion"),
 * and the upgrade steps `npm run provision:sharepoint` applies to reach it. Additive changes
 * (a new list, column or index) need no step: the provisioner creates what the schema names and
 * the site lacks. A step is for what a diff cannot see; each is idempotent (it reads, then
 * changes only what differs), so a step interrupted midway is simply run again.
 *
 * The app at start-up refuses a site whose version is behind SCHEMA_VERSION.
 */
import type { ListDefinition } from '../../app/store/list-columns';
import { readAll } from './batch-reader';
import { KEY_COLUMN } from './column-names';
import type { GraphHttp } from './graph-http';
import type { ProvisioningChange } from './list-provisioner';

export const SCHEMA_VERSION = 2;

/** The store's own list: not in LIST_SCHEMA, so the app's use cases never see it. */
export const META_LIST = 'skaSchemaMeta';
export const META_DEFINITION: ListDefinition = { title: 'SKA Schemaversion', columns: { version: { type: 'number' } } };

export interface UpgradeContext {
  http: GraphHttp;
  siteUrl: string;
  /** List id by the schema's list name (every list exists when steps run). */
  listIds: Map<string, string>;
  sleep: (ms: number) => Promise<void>;
  onChange: (change: ProvisioningChange) => void;
}

export interface UpgradeStep {
  /** The version the site has once the step is done. */
  version: number;
  description: string;
  apply(context: UpgradeContext): Promise<void>;
}

export const UPGRADE_STEPS: UpgradeStep[] = [
  {
    version: 1,
    description: 'listor, kolumner och index enligt listschemat (ingen egen åtgärd)',
    apply: async () => undefined,
  },
  {
    version: 2,
    description: 'idempotensnyckeln är dold och indexerad i varje lista',
    // Sites provisioned before version 2 (or by hand) may show the key column in forms and
    // views; hidden also keeps its values out of every default read.
    async apply({ http, siteUrl, listIds, sleep, onChange }) {
      const ids = [...listIds.values()];
      const columns = (await readAll(
        http,
        ids.map((id) => ({ url: `${siteUrl}/lists/${id}/columns?$select=id,name,hidden,indexed`, kind: 'pages' as const })),
        sleep,
      )) as {
        id: string;
        name: string;
        hidden?: boolean;
        indexed?: boolean;
      }[][];
      for (const [i, id] of ids.entries()) {
        const key = columns[i].find((c) => c.name === KEY_COLUMN);
        if (!key || (key.hidden && key.indexed)) continue;
        await http.send('PATCH', `${siteUrl}/lists/${id}/columns/${key.id}`, { body: { hidden: true, indexed: true }, repeatable: true });
        onChange({ kind: 'upgrade', list: id, column: KEY_COLUMN, description: 'dold och indexerad' });
      }
    },
  },
];
