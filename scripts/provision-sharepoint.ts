/**
 * Creates the SharePoint lists, columns and indexes that LIST_SCHEMA names on the app's site,
 * applies the schema's upgrade steps (src/adapters/graph/schema-upgrades.ts) and records the
 * schema version, printing each change; a second run prints "Inga ändringar". The app itself
 * only verifies at start-up and refuses to start on a site this has not prepared.
 *
 *   npm run provision:sharepoint
 *
 * Env (or env/.env.<SKA_STAGE> and its .user file): GRAPH_SITE_ID, AZURE_TENANT_ID,
 * AZURE_CLIENT_ID, AZURE_CLIENT_CERTIFICATE_PATH (PEM with private key and certificate, or PKCS#12;
 * AZURE_CLIENT_CERTIFICATE_PASSWORD if the PKCS#12 file has one).
 * The app needs Sites.Selected with the "manage" (or "fullcontrol") role on the site to create
 * lists; at run time "write" is enough.
 *
 * Against the local fake Graph: --graph-url http://127.0.0.1:PORT [--token anything]
 * (GRAPH_SITE_ID still names the site; no Entra ID sign-in is made).
 */
import { parseArgs } from 'node:util';
import { GraphListStore } from '../src/adapters/graph/graph-list-store';
import { GraphRequestError } from '../src/adapters/graph/graph-request-error';
import type { ProvisioningChange, ProvisioningReport } from '../src/adapters/graph/list-provisioner';
import { MsalAppOnlyAuthProvider, StaticTokenAuthProvider } from '../src/adapters/graph/msal-app-only-auth';
import { LIST_SCHEMA } from '../src/app/store/list-schema';
import { environmentWithFiles } from '../src/config';

export async function provision(store: GraphListStore, print: (line: string) => void = console.log): Promise<ProvisioningReport> {
  const report = await store.provision(LIST_SCHEMA);
  for (const change of report.changes) print(describe(change));
  print(
    report.changes.length > 0
      ? `Klart: ${report.changes.length} ändringar.`
      : 'Inga ändringar: alla listor, kolumner och index finns redan.',
  );
  return report;
}

function describe(change: ProvisioningChange): string {
  if (change.kind === 'list') return `Skapade listan "${change.list}"`;
  if (change.kind === 'column') return `Skapade kolumnen ${change.column} i "${change.list}"`;
  if (change.kind === 'upgrade') return `Uppgraderade "${change.list}"${change.column ? ` (${change.column})` : ''}: ${change.description}`;
  return `Indexerade kolumnen ${change.column} i "${change.list}"`;
}

export function storeFromEnvironment(env: Record<string, string | undefined>, argv: string[]): GraphListStore {
  const { values } = parseArgs({ args: argv, options: { 'graph-url': { type: 'string' }, token: { type: 'string' } } });
  const graphUrl = values['graph-url'];
  const required = graphUrl ? ['GRAPH_SITE_ID'] : ['GRAPH_SITE_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH'];
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) throw new UsageError(`Saknar ${missing.join(', ')} i miljön (eller i env/.env.<stage>).`);
  const authProvider = graphUrl
    ? new StaticTokenAuthProvider(values.token ?? 'local-fake')
    : MsalAppOnlyAuthProvider.fromCertificateFile({
        tenantId: env.AZURE_TENANT_ID!,
        clientId: env.AZURE_CLIENT_ID!,
        certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH!,
        certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD,
      });
  return GraphListStore.create({ siteId: env.GRAPH_SITE_ID!, authProvider, hostRewrite: graphUrl });
}

class UsageError extends Error {}

async function main() {
  try {
    const store = storeFromEnvironment(environmentWithFiles(process.env, process.cwd()), process.argv.slice(2));
    await provision(store);
    await store.close();
  } catch (error) {
    if (error instanceof UsageError) console.error(error.message);
    else if (error instanceof GraphRequestError) {
      console.error(`Microsoft Graph svarade ${error.status} ${error.code}: ${error.message}`);
      if (error.status === 403)
        console.error('Appen behöver Sites.Selected med rollen "manage" (eller "fullcontrol") på webbplatsen för att skapa listor.');
    } else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
