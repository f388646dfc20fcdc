/** What the infra checks share: the project's files read once, and helpers over them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const ROOT = join(__dirname, '..', '..');
export const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

export const SCHEMA_VERSION = 'v1.13';
export const PLACEHOLDER_RE = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export type Step = { uses: string; name?: string; with?: Record<string, any>; writeToEnvironmentFile?: Record<string, string> };
export type Project = { version: string; environmentFolderPath?: string; provision?: Step[]; deploy?: Step[]; publish?: Step[] };

export const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]));

/** KEY=value lines of a dotenv file (comments and blank lines skipped). */
export function envFile(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of read(path).split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) out.set(m[1], m[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  return out;
}

export const project = (path: string) => parseYaml(read(path)) as Project;
export const devProject = project('m365agents.yml');
export const localProject = project('m365agents.local.yml');
export const bicep = read('infra/azure.bicep');
export const bicepOutputs = new Set([...bicep.matchAll(/^output\s+([A-Za-z0-9_]+)\s/gm)].map((m) => m[1]));

/** Names a step writes into the environment (the toolkit's conventions for each action). */
export function written(step: Step): string[] {
  const names = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') names.push(...bicepOutputs);
  if (step.uses === 'script')
    names.push(...[...String(step.with?.run ?? '').matchAll(/::set-teamsfx-env\s+([A-Za-z0-9_]+)=/g)].map((m) => m[1]));
  // scripts/package-app.mjs --set-teamsfx-env prints the package's derived values (its test checks them).
  if (step.uses === 'script' && /package-app\.mjs .*--set-teamsfx-env/.test(String(step.with?.run)))
    names.push('APP_VERSION', 'PUBLISHER_NAME', 'APP_NAME', 'APP_FULL_NAME', 'PUBLISHER_URL', 'PRIVACY_URL', 'TERMS_URL');
  return names;
}

/** Placeholders a step needs before it runs: in its inputs and in the files it fills. */
export function needed(step: Step): Set<string> {
  const names = placeholders(JSON.stringify(step.with ?? {}));
  const files: string[] = [];
  if (step.uses === 'arm/deploy') for (const t of step.with?.templates ?? []) if (t.parameters) files.push(t.parameters);
  if (step.uses === 'aadApp/update') files.push(step.with!.manifestPath);
  if (['teamsApp/zipAppPackage', 'teamsApp/validateManifest'].includes(step.uses)) files.push(step.with!.manifestPath);
  for (const f of files) for (const n of placeholders(read(f))) names.add(n);
  return names;
}

/**
 * What an operator supplies in an env file. The toolkit treats an empty value as missing (it stops
 * with "missing environment variables"), except APP_NAME_SUFFIX, and it asks for the subscription
 * and the resource group when they are empty.
 */
export function operatorInputs(env: Map<string, string>): string[] {
  const given = [...env].filter(([, v]) => v !== '').map(([k]) => k);
  return [...given, 'APP_NAME_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];
}

/**
 * Walks the steps in order, as `atk provision` then `atk deploy` would. A name is available when
 * an operator supplies it with a value (a key that no step writes) or an earlier step wrote it;
 * a name some step writes must not be used before that step, even if the env file lists it empty.
 */
export function unresolved(steps: Step[], operatorInputs: Iterable<string>): string[] {
  const writtenSomewhere = new Set(steps.flatMap(written));
  const available = new Set([...operatorInputs].filter((n) => !writtenSomewhere.has(n)));
  available.add('TEAMSFX_ENV'); // set by the toolkit itself
  const problems: string[] = [];
  for (const [i, step] of steps.entries()) {
    for (const n of needed(step))
      if (!available.has(n)) problems.push(`step ${i + 1} (${step.uses}) needs ${n} before anything provides it`);
    for (const n of written(step)) available.add(n);
  }
  return problems;
}

/** Env names the app reads: src/config.ts's schema keys and process.env/env.X uses there and in the Graph adapter. */
export function envNamesTheAppReads(): Set<string> {
  const files = ['src/config.ts'];
  const graphDir = join(ROOT, 'src/adapters/graph');
  if (existsSync(graphDir))
    files.push(
      ...walk(graphDir)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => relative(ROOT, f)),
    );
  const names = new Set<string>();
  for (const file of files) {
    const text = read(file);
    const schema = /z\.object\(\{([\s\S]*?)\n\}\)/.exec(text)?.[1] ?? '';
    for (const m of schema.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:/gm)) names.add(m[1]);
    for (const m of text.matchAll(/\b(?:process\.)?env(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g)) names.add(m[1]);
  }
  return names;
}

/** The Graph store's settings: the same names for the running app and for `npm run provision:sharepoint`. */
export const GRAPH_ENV = ['GRAPH_SITE_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH'];

/**
 * What a production setting may be named. Until src/config.ts wires the Graph store (it reads none
 * of GRAPH_ENV yet), the Graph names must at least be the ones the provisioning script reads, so
 * that one name runs end to end; the moment config.ts reads GRAPH_SITE_ID, all of them must be
 * read by the app itself.
 */
export function acceptedEnvNames(): Set<string> {
  const reads = envNamesTheAppReads();
  if (reads.has('GRAPH_SITE_ID')) return reads;
  const script = 'scripts/provision-sharepoint.ts';
  const scriptText = existsSync(join(ROOT, script)) ? read(script) : '';
  for (const name of GRAPH_ENV) if (new RegExp(`\\b${name}\\b`).test(scriptText)) reads.add(name);
  return reads;
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The keys of a Bicep object literal assigned to `var <name> = ... {` (top-level keys only). */
export function bicepObjectKeys(varName: string): Map<string, string> {
  const start = new RegExp(`^var ${varName} = [^\\n]*\\{\\s*$`, 'm').exec(bicep);
  if (!start) throw new Error(`infra/azure.bicep has no object variable ${varName}`);
  const body = bicep.slice(start.index + start[0].length);
  const end = /^\}/m.exec(body)!.index;
  const keys = new Map<string, string>();
  for (const m of body.slice(0, end).matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*):\s*(.+?)\s*(?:\/\/.*)?$/gm)) keys.set(m[1], m[2]);
  return keys;
}

/** Every app setting the web app gets: the variables merged into the 'appsettings' config resource. */
export function appSettings(): Map<string, string> {
  const m = /resource \w+ 'Microsoft\.Web\/sites\/config@[^']+' = \{[\s\S]*?name: 'appsettings'[\s\S]*?properties: union\(([^)]*)\)/.exec(
    bicep,
  );
  if (!m) throw new Error("infra/azure.bicep sets no 'appsettings' with union(...)");
  const all = new Map<string, string>();
  for (const name of m[1].split(',').map((s) => s.trim())) for (const [k, v] of bicepObjectKeys(name)) all.set(k, v);
  return all;
}

/** Read by App Service itself, not by the app. */
export const PLATFORM_SETTINGS = new Set([
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'WEBSITE_RUN_FROM_PACKAGE',
  'WEBSITE_LOAD_CERTIFICATES',
]);
