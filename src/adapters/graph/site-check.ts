/**
 * The start-up check of the SharePoint site: one round ($batch, 20 steps each, sent together)
 * reads every list by its title with its columns (`GET /sites/{id}/lists/{list-title}?expand=columns`,
 * documented on the list-get page) and the schema version item. It changes nothing: only
 * `npm run provision:sharepoint` creates or alters (it needs the "manage" grant; the app runs
 * with "write", see docs/sharepoint-grants.md).
 */
import type { ColumnDefinition } from '../../app/store/list-columns';
import type { ListSchema } from '../../app/store/list-schema';
import { readAll } from './batch-reader';
import { ColumnMap, KEY_COLUMN } from './column-names';
import type { GraphHttp } from './graph-http';
import { GraphRequestError } from './graph-request-error';
import { COLUMN_SELECT, sameType, type GraphColumn } from './list-provisioner';
import { META_DEFINITION, SCHEMA_VERSION } from './schema-upgrades';

export const PROVISION_COMMAND = 'npm run provision:sharepoint';

export interface SiteProblem {
  sv: string;
  en: string;
}

export interface SiteCheck {
  /** List id by schema name, for the lists found. */
  listIds: Map<string, string>;
  /** What is missing or wrong, in Swedish and English. */
  problems: SiteProblem[];
  /** The site's schema version; 0 when it has none. */
  version: number;
}

export async function checkSite(
  http: GraphHttp,
  siteUrl: string,
  schema: ListSchema,
  sleep: (ms: number) => Promise<void>,
): Promise<SiteCheck> {
  const maps = Object.entries(schema).map(([name, def]) => new ColumnMap(name, def));
  const byTitle = (title: string) => `${siteUrl}/lists/${encodeURIComponent(title)}`;
  const reads = [
    ...maps.map((m) => ({
      url: `${byTitle(m.def.title)}?$select=id,displayName&$expand=columns($select=${COLUMN_SELECT})`,
      kind: 'one' as const,
    })),
    { url: `${byTitle(META_DEFINITION.title)}/items?$expand=fields($select=skaVersion)&$top=1`, kind: 'one' as const },
  ];
  const answers = await readAll(http, reads, sleep).catch((error: unknown) => {
    if (error instanceof GraphRequestError && (error.status === 401 || error.status === 403)) throw new SiteAccessError(error);
    throw error;
  });
  const listIds = new Map<string, string>();
  const problems: SiteProblem[] = [];
  for (const [i, map] of maps.entries()) {
    const list = answers[i][0] as { id: string; columns?: GraphColumn[] } | undefined;
    if (!list) {
      problems.push({ sv: `listan "${map.def.title}"`, en: `the list "${map.def.title}"` });
      continue;
    }
    listIds.set(map.list, list.id);
    const columns = list.columns ?? [];
    const wanted: [string, ColumnDefinition][] = [
      ...map.fields.map((f): [string, ColumnDefinition] => [map.internal(f), map.def.columns[f]]),
      [KEY_COLUMN, { type: 'text', indexed: true }],
    ];
    for (const [name, def] of wanted) {
      const found = columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!found) problems.push({ sv: `kolumnen ${name} i "${map.def.title}"`, en: `the column ${name} in "${map.def.title}"` });
      else if (!sameType(found, def))
        problems.push({
          sv: `kolumnen ${name} i "${map.def.title}" av typen ${def.type}`,
          en: `the column ${name} in "${map.def.title}" of type ${def.type}`,
        });
      else if (def.indexed && !found.indexed)
        problems.push({ sv: `indexet på ${name} i "${map.def.title}"`, en: `the index on ${name} in "${map.def.title}"` });
    }
  }
  const meta = answers[maps.length][0] as { value?: { fields?: { skaVersion?: number } }[] } | undefined;
  const version = Number(meta?.value?.[0]?.fields?.skaVersion ?? 0);
  if (version < SCHEMA_VERSION)
    problems.push({
      sv: `schemaversion ${SCHEMA_VERSION} (webbplatsen har ${version || 'ingen'})`,
      en: `schema version ${SCHEMA_VERSION} (the site has ${version || 'none'})`,
    });
  return { listIds, problems, version };
}

/** The site lacks what the app needs: the app refuses to start, saying what and how to fix it. */
export class SiteNotReadyError extends Error {
  constructor(readonly problems: SiteProblem[]) {
    const some = (list: string[]) => (list.length > 12 ? [...list.slice(0, 12), `… (${list.length - 12} more)`] : list).join('; ');
    super(
      `SharePoint-webbplatsen saknar det appen behöver: ${some(problems.map((p) => p.sv))}. Kör \`${PROVISION_COMMAND}\` (kräver rollen manage eller fullcontrol på webbplatsen). ` +
        `/ The SharePoint site lacks what the app needs: ${some(problems.map((p) => p.en))}. Run \`${PROVISION_COMMAND}\` (needs the manage or fullcontrol role on the site).`,
    );
    this.name = 'SiteNotReadyError';
  }
}

/** The app may not read the site at all: the Sites.Selected grant is missing (docs/sharepoint-grants.md). */
export class SiteAccessError extends Error {
  constructor(readonly cause: GraphRequestError) {
    super(
      `Appen får inte läsa SharePoint-webbplatsen (Graph svarade ${cause.status} ${cause.code}): ge appen rollen write via Sites.Selected, POST /sites/{GRAPH_SITE_ID}/permissions (docs/sharepoint-grants.md). ` +
        `/ The app may not read the SharePoint site (Graph answered ${cause.status} ${cause.code}): grant it the write role of Sites.Selected, POST /sites/{GRAPH_SITE_ID}/permissions (docs/sharepoint-grants.md).`,
    );
    this.name = 'SiteAccessError';
  }
}
