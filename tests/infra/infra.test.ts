/**
 * Offline checks of the production path's configuration: the Agents Toolkit project files
 * (m365agents.yml, m365agents.local.yml), the Azure template (infra/azure.bicep + parameters),
 * the Entra app manifest and the env files.
 *
 * Nothing here talks to Azure or Microsoft 365. The yml files are validated against the
 * toolkit's own JSON schema (a copy in fixtures/, see its README); the Bicep file is read as
 * text, since no Bicep compiler is available offline.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const SCHEMA_VERSION = 'v1.13';
const PLACEHOLDER_RE = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

type Step = { uses: string; name?: string; with?: Record<string, any>; writeToEnvironmentFile?: Record<string, string> };
type Project = { version: string; environmentFolderPath?: string; provision?: Step[]; deploy?: Step[]; publish?: Step[] };

const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]));

/** KEY=value lines of a dotenv file (comments and blank lines skipped). */
function envFile(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of read(path).split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) out.set(m[1], m[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  return out;
}

const project = (path: string) => parseYaml(read(path)) as Project;
const devProject = project('m365agents.yml');
const localProject = project('m365agents.local.yml');
const bicep = read('infra/azure.bicep');
const bicepOutputs = new Set([...bicep.matchAll(/^output\s+([A-Za-z0-9_]+)\s/gm)].map((m) => m[1]));

/** Names a step writes into the environment (the toolkit's conventions for each action). */
function written(step: Step): string[] {
  const names = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') names.push(...bicepOutputs);
  if (step.uses === 'script') names.push(...[...String(step.with?.run ?? '').matchAll(/::set-teamsfx-env\s+([A-Za-z0-9_]+)=/g)].map((m) => m[1]));
  // scripts/package-app.mjs --set-teamsfx-env prints the package's derived values (its test checks them).
  if (step.uses === 'script' && /package-app\.mjs .*--set-teamsfx-env/.test(String(step.with?.run))) names.push('APP_VERSION', 'PUBLISHER_NAME', 'APP_NAME', 'APP_FULL_NAME', 'PUBLISHER_URL', 'PRIVACY_URL', 'TERMS_URL');
  return names;
}

/** Placeholders a step needs before it runs: in its inputs and in the files it fills. */
function needed(step: Step): Set<string> {
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
function operatorInputs(env: Map<string, string>): string[] {
  const given = [...env].filter(([, v]) => v !== '').map(([k]) => k);
  return [...given, 'APP_NAME_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];
}

/**
 * Walks the steps in order, as `atk provision` then `atk deploy` would. A name is available when
 * an operator supplies it with a value (a key that no step writes) or an earlier step wrote it;
 * a name some step writes must not be used before that step, even if the env file lists it empty.
 */
function unresolved(steps: Step[], operatorInputs: Iterable<string>): string[] {
  const writtenSomewhere = new Set(steps.flatMap(written));
  const available = new Set([...operatorInputs].filter((n) => !writtenSomewhere.has(n)));
  available.add('TEAMSFX_ENV'); // set by the toolkit itself
  const problems: string[] = [];
  for (const [i, step] of steps.entries()) {
    for (const n of needed(step)) if (!available.has(n)) problems.push(`step ${i + 1} (${step.uses}) needs ${n} before anything provides it`);
    for (const n of written(step)) available.add(n);
  }
  return problems;
}

/** Env names the app reads: src/config.ts's schema keys and process.env/env.X uses there and in the Graph adapter. */
function envNamesTheAppReads(): Set<string> {
  const files = ['src/config.ts'];
  const graphDir = join(ROOT, 'src/adapters/graph');
  if (existsSync(graphDir)) files.push(...walk(graphDir).filter((f) => f.endsWith('.ts')).map((f) => relative(ROOT, f)));
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
const GRAPH_ENV = ['GRAPH_SITE_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH'];

/**
 * What a production setting may be named. Until src/config.ts wires the Graph store (it reads none
 * of GRAPH_ENV yet), the Graph names must at least be the ones the provisioning script reads, so
 * that one name runs end to end; the moment config.ts reads GRAPH_SITE_ID, all of them must be
 * read by the app itself.
 */
function acceptedEnvNames(): Set<string> {
  const reads = envNamesTheAppReads();
  if (reads.has('GRAPH_SITE_ID')) return reads;
  const script = 'scripts/provision-sharepoint.ts';
  const scriptText = existsSync(join(ROOT, script)) ? read(script) : '';
  for (const name of GRAPH_ENV) if (new RegExp(`\\b${name}\\b`).test(scriptText)) reads.add(name);
  return reads;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The keys of a Bicep object literal assigned to `var <name> = ... {` (top-level keys only). */
function bicepObjectKeys(varName: string): Map<string, string> {
  const start = new RegExp(`^var ${varName} = [^\\n]*\\{\\s*$`, 'm').exec(bicep);
  if (!start) throw new Error(`infra/azure.bicep has no object variable ${varName}`);
  const body = bicep.slice(start.index + start[0].length);
  const end = /^\}/m.exec(body)!.index;
  const keys = new Map<string, string>();
  for (const m of body.slice(0, end).matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*):\s*(.+?)\s*(?:\/\/.*)?$/gm)) keys.set(m[1], m[2]);
  return keys;
}

/** Every app setting the web app gets: the variables merged into the 'appsettings' config resource. */
function appSettings(): Map<string, string> {
  const m = /resource \w+ 'Microsoft\.Web\/sites\/config@[^']+' = \{[\s\S]*?name: 'appsettings'[\s\S]*?properties: union\(([^)]*)\)/.exec(bicep);
  if (!m) throw new Error("infra/azure.bicep sets no 'appsettings' with union(...)");
  const all = new Map<string, string>();
  for (const name of m[1].split(',').map((s) => s.trim())) for (const [k, v] of bicepObjectKeys(name)) all.set(k, v);
  return all;
}

/** Read by App Service itself, not by the app. */
const PLATFORM_SETTINGS = new Set([
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'WEBSITE_RUN_FROM_PACKAGE',
  'WEBSITE_LOAD_CERTIFICATES',
]);

describe('Agents Toolkit project files', () => {
  const schema = JSON.parse(read('tests/infra/fixtures/m365agents.v1.13.schema.json'));
  delete schema.$schema;
  const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);

  it.each(['m365agents.yml', 'm365agents.local.yml'])(`%s uses schema ${SCHEMA_VERSION} and validates against it`, (file) => {
    const doc = project(file);
    expect(doc.version).toBe(SCHEMA_VERSION);
    expect(read(file)).toContain(`$schema=https://aka.ms/m365-agents-toolkits/${SCHEMA_VERSION}/yaml.schema.json`);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.environmentFolderPath).toBe('./env');
  });

  it('m365agents.yml provisions, builds and deploys in the expected order', () => {
    const uses = (steps?: Step[]) => (steps ?? []).map((s) => s.uses);
    const provision = uses(devProject.provision);
    for (const action of ['aadApp/create', 'teamsApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']) {
      expect(provision).toContain(action);
    }
    // identifierUris use TAB_DOMAIN, which arm/deploy outputs.
    expect(provision.indexOf('aadApp/update')).toBeGreaterThan(provision.indexOf('arm/deploy'));
    expect(provision.indexOf('teamsApp/update')).toBeGreaterThan(provision.indexOf('teamsApp/zipAppPackage'));

    const deploy = devProject.deploy ?? [];
    expect(deploy.map((s) => [s.uses, s.with?.args])).toEqual([
      ['cli/runNpmCommand', expect.stringMatching(/^ci\b/)],
      ['cli/runNpmCommand', 'run build'],
      ['azureAppService/zipDeploy', undefined],
    ]);
    const zip = deploy[2].with!;
    expect(zip.resourceId).toBe('${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(bicepOutputs).toContain('AZURE_APP_SERVICE_RESOURCE_ID');
    expect(existsSync(join(ROOT, zip.ignoreFile))).toBe(true);

    const arm = devProject.provision!.find((s) => s.uses === 'arm/deploy')!.with!;
    expect(arm.templates).toEqual([expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' })]);
  });

  it('no Entra app gets a client secret in the Azure environment', () => {
    for (const step of devProject.provision!.filter((s) => s.uses === 'aadApp/create')) {
      expect(step.with).toMatchObject({ generateClientSecret: false, signInAudience: 'AzureADMyOrg' });
    }
    expect(devProject.provision!.map((s) => s.uses)).not.toContain('botAadApp/create');
  });

  it('the deploy upload leaves out tests, env files, infra and key material but keeps the built tabs', () => {
    const ignore = read('infra/webapp.ignore').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
    for (const p of ['/env/', '/tests/', '/infra/', '/data/', '*.pem', '*.pfx']) expect(ignore).toContain(p);
    // Unanchored folder names would also strip node_modules/**/data and dist/tabs.
    for (const p of ignore.filter((l) => l.endsWith('/'))) expect(p.startsWith('/')).toBe(true);
    expect(ignore.some((p) => /^\/?dist\/?$|^\/dist\/tabs/.test(p))).toBe(false);
  });

  it('every ${{VAR}} in appPackage/manifest.json is written by a provision step or present in env/.env.dev', () => {
    const env = envFile('env/.env.dev');
    const fromSteps = new Set(devProject.provision!.flatMap(written));
    const missing = [...placeholders(read('appPackage/manifest.json'))].filter((n) => !fromSteps.has(n) && !env.has(n));
    expect(missing).toEqual([]);
  });

  it('m365agents.yml: every ${{VAR}} is provided before the step that needs it (env/.env.dev)', () => {
    const steps = [...devProject.provision!, ...devProject.deploy!];
    const inputs = operatorInputs(envFile('env/.env.dev'));
    expect(unresolved(steps, inputs)).toEqual([]);
    // publish runs after provision: everything provision wrote is there.
    expect(unresolved(devProject.publish!, [...inputs, ...devProject.provision!.flatMap(written)])).toEqual([]);
  });

  it('m365agents.local.yml: every ${{VAR}} is provided in order, given the tunnel address in env/.env.local', () => {
    // The developer puts the dev tunnel's address in env/.env.local (see the yml's header).
    const local = existsSync(join(ROOT, 'env/.env.local')) ? envFile('env/.env.local') : new Map<string, string>();
    const inputs = [...operatorInputs(local), 'BOT_ENDPOINT', 'BOT_DOMAIN'];
    expect(unresolved([...localProject.provision!, ...localProject.deploy!], inputs)).toEqual([]);
    const fromSteps = new Set(localProject.provision!.flatMap(written));
    expect([...placeholders(read('appPackage/manifest.json'))].filter((n) => !fromSteps.has(n))).toEqual([]);
  });

  it('m365agents.local.yml hands `npm start` only settings the app reads', () => {
    const reads = envNamesTheAppReads();
    const files = localProject.deploy!.filter((s) => s.uses === 'file/createOrUpdateEnvironmentFile');
    expect(files.length).toBeGreaterThan(0);
    for (const step of files) {
      // The app reads env/.env.<stage> and env/.env.<stage>.user (src/config.ts).
      expect(step.with!.target).toBe('./env/.env.local.user');
      expect(Object.keys(step.with!.envs).filter((n) => !reads.has(n))).toEqual([]);
    }
  });
});

describe('infra/azure.bicep and its parameters', () => {
  const settings = appSettings();
  const params = new Map([...bicep.matchAll(/^param\s+([A-Za-z0-9_]+)\s+\w+(\s*=.*)?$/gm)].map((m) => [m[1], Boolean(m[2])]));
  const parameterFile = JSON.parse(read('infra/azure.parameters.json')).parameters as Record<string, { value: unknown }>;

  it('runs the app in production mode on the SharePoint store with Entra sign-in', () => {
    expect(settings.get('SKA_STAGE')).toBe("'production'");
    expect(settings.get('SKA_STORE')).toBe("'graph'");
    expect(settings.get('SKA_AUTH')).toBe("'entra'");
    expect(["'UserAssignedMSI'", "'SingleTenant'"]).toContain(settings.get('BOT_TYPE'));
    for (const name of ['SKA_PUBLIC_URL', 'TEAMS_APP_ID', 'BOT_ID', 'BOT_TENANT_ID', 'AAD_APP_CLIENT_ID', 'AAD_APP_ID_URI', 'AAD_ALLOWED_TENANTS', 'GRAPH_SITE_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH', 'WEBSITE_LOAD_CERTIFICATES']) {
      expect(settings.has(name)).toBe(true);
    }
  });

  it('sets only env names the app reads (src/config.ts, src/adapters/graph), besides App Service platform settings', () => {
    const reads = acceptedEnvNames();
    const unknown = [...settings.keys()].filter((n) => !reads.has(n) && !PLATFORM_SETTINGS.has(n));
    expect(unknown).toEqual([]);
  });

  it('hosts on Linux, Node 22 LTS (Node 20 ended 2026-04-30), HTTPS only, always on, scalable, with a health check', () => {
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/alwaysOn: true/);
    expect(bicep).toMatch(/reserved: true/);
    expect(bicep).toMatch(/capacity: int\(instanceCount\)/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/clientAffinityEnabled: false/);
  });

  it('registers an Azure Bot on the managed identity with the Teams channel at /api/messages', () => {
    expect(bicep).toMatch(/'Microsoft\.BotService\/botServices@[\d-]+'/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/'Microsoft\.ManagedIdentity\/userAssignedIdentities@[\d-]+'/);
  });

  it('keeps the Graph certificate in Key Vault and has App Service load it', () => {
    expect(bicep).toMatch(/'Microsoft\.KeyVault\/vaults@[\d-]+'/);
    expect(bicep).toMatch(/enableRbacAuthorization: true/);
    expect(bicep).toMatch(/'Microsoft\.Web\/certificates@[\d-]+'/);
    expect(settings.get('AZURE_CLIENT_CERTIFICATE_PATH')).toMatch(/^'\/var\/ssl\/private\/\$\{.+\}\.p12'$/);
    expect(bicep).toMatch(/'Microsoft\.Insights\/components@[\d-]+'/);
  });

  it('uses GA (non-preview) API versions', () => {
    const versions = [...bicep.matchAll(/'([A-Za-z.]+\/[A-Za-z/]+)@([^']+)'/g)].map((m) => `${m[1]}@${m[2]}`);
    expect(versions.length).toBeGreaterThan(8);
    expect(versions.filter((v) => !/@\d{4}-\d{2}-\d{2}$/.test(v))).toEqual([]);
  });

  it('the parameters file matches the template and is filled from the env', () => {
    const required = [...params].filter(([, hasDefault]) => !hasDefault).map(([n]) => n);
    for (const name of required) expect(Object.keys(parameterFile)).toContain(name);
    for (const name of Object.keys(parameterFile)) expect([...params.keys()]).toContain(name);
  });

  it('outputs what the Teams manifest and the deploy step need', () => {
    for (const name of ['TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'AZURE_APP_SERVICE_RESOURCE_ID', 'AAD_APP_ID_URI']) {
      expect(bicepOutputs).toContain(name);
    }
    for (const name of bicepOutputs) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/); // written to env/.env.<env> as is
  });
});

describe('infra/entra/aad.manifest.json', () => {
  const manifest = JSON.parse(read('infra/entra/aad.manifest.json'));
  const scopes: any[] = manifest.api.oauth2PermissionScopes;
  const roles: any[] = manifest.appRoles;
  const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('defines the app roles the app knows, with Swedish names and descriptions', () => {
    const appRoles = /APP_ROLES\s*=\s*\[([^\]]*)\]/.exec(read('src/domain/identity.ts'))![1].match(/'([^']+)'/g)!.map((s) => s.slice(1, -1));
    expect(roles.map((r) => r.value).sort()).toEqual(['admin', 'board', 'organiser']);
    expect(roles.map((r) => r.value).sort()).toEqual([...appRoles].sort());
    for (const role of roles) {
      expect(role).toMatchObject({ isEnabled: true, allowedMemberTypes: ['User'] });
      expect(role.displayName).toMatch(/\S/);
      expect(role.description.length).toBeGreaterThan(20);
    }
    expect(roles.map((r) => r.displayName)).toEqual(expect.arrayContaining(['Nämnd', 'Systemförvaltare']));
  });

  it('exposes access_as_user, pre-authorised for Teams, Microsoft 365 and Outlook', () => {
    const scope = scopes.find((s) => s.value === 'access_as_user');
    expect(scope).toMatchObject({ type: 'User', isEnabled: true });
    const clients = manifest.api.preAuthorizedApplications.map((p: any) => p.appId);
    expect(clients).toEqual(expect.arrayContaining([
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
      '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
      '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
      'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
      '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
    ]));
    for (const p of manifest.api.preAuthorizedApplications) expect(p.delegatedPermissionIds).toEqual([scope.id]);
  });

  it('gives every scope and role a distinct GUID', () => {
    const ids = [...scopes, ...roles].map((x) => x.id);
    for (const id of ids) expect(id).toMatch(GUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('issues v2 tokens for api://<tab domain>/<client id>, the resource the Teams manifest asks for', () => {
    expect(manifest.api.requestedAccessTokenVersion).toBe(2); // the validator expects the v2 issuer
    expect(manifest.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    const teams = JSON.parse(read('appPackage/manifest.json'));
    expect(teams.webApplicationInfo).toEqual({ id: '${{AAD_APP_CLIENT_ID}}', resource: manifest.identifierUris[0] });
    expect(manifest.signInAudience).toBe('AzureADMyOrg');
    expect(manifest.appId).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(manifest.id).toBe('${{AAD_APP_OBJECT_ID}}');
  });

  it('asks for the e-mail claims the sign-in uses', () => {
    const access = manifest.optionalClaims.accessToken.map((c: any) => c.name);
    expect(access).toEqual(expect.arrayContaining(['email', 'upn', 'idtyp']));
  });

  it('reaches SharePoint only through Sites.Selected (application), reads the directory with the least it needs, and carries no credentials', () => {
    const graph = manifest.requiredResourceAccess.find((r: any) => r.resourceAppId === '00000003-0000-0000-c000-000000000000');
    const appPermissions = graph.resourceAccess.filter((a: any) => a.type === 'Role').map((a: any) => a.id);
    expect(appPermissions).toEqual([
      '883ea226-0bf2-4a8f-9f9d-92c9162a727d', // Sites.Selected
      '98830695-27a2-44f7-8c18-0c3ebc9698f6', // GroupMember.Read.All: members of the configured groups (directory import)
      '97235f07-e226-4f63-ace3-39588e11d3a1', // User.ReadBasic.All: their names and e-mail
    ]);
    // The consent page (auth-end.html) is a single-page-app redirect URI: without it Entra answers AADSTS50011.
    expect(manifest.spa.redirectUris).toEqual(['https://${{TAB_DOMAIN}}/auth-end.html']);
    expect(manifest.requiredResourceAccess.map((r: any) => r.resourceAppId)).toEqual(['00000003-0000-0000-c000-000000000000']);
    // aadApp/update would replace the certificate uploaded by hand, and secrets have no place here.
    expect(manifest).not.toHaveProperty('keyCredentials');
    expect(manifest).not.toHaveProperty('passwordCredentials');
  });

  it('has the same name the yml files create it with (so aadApp/update does not rename it)', () => {
    for (const p of [devProject, localProject]) {
      expect(p.provision!.find((s) => s.uses === 'aadApp/create')!.with!.name).toBe(manifest.displayName);
    }
  });
});

describe('env files and secrets', () => {
  const SECRET_PATTERNS: [string, RegExp][] = [
    ['client secret with a value', /\bclient_?secret\b["']?\s*[:=]\s*["']?[^\s"',}]+/i],
    ['private key', /-----BEGIN (?:RSA |EC |ENCRYPTED |OPENSSH )?PRIVATE KEY-----/],
    // A ${{PLACEHOLDER}} or a SECRET_ variable name is a reference filled at run time, not a value.
    ['password with a value', /\b\w*password\b["']?\s*[:=]\s*["']?(?!\$\{\{|SECRET_)[^\s"'#,}]+/i],
    ['toolkit secret with a value', /^\s*SECRET_[A-Z0-9_]+\s*=\s*\S+/m],
    ['storage or SAS key', /\b(?:AccountKey|SharedAccessSignature|sig)=[A-Za-z0-9%+/=]{10,}/],
  ];
  const ignoredUser = read('.gitignore').split(/\r?\n/).includes('env/.env.*.user');
  const isIgnored = (rel: string) => ignoredUser && /^env\/\.env\.[^/]*\.user$/.test(rel);

  it('the detector catches what it is meant to catch', () => {
    const samples = ['clientSecret: "abc~123"', '-----BEGIN PRIVATE KEY-----', 'password=hunter2', 'BOT_PASSWORD=x1', 'SECRET_BOT_PASSWORD=crypto_abc'];
    for (const s of samples) expect(SECRET_PATTERNS.some(([, re]) => re.test(s))).toBe(true);
    for (const s of ['generateClientSecret: false', 'BOT_PASSWORD=', 'password=  # comment', 'BOT_PASSWORD: ${{SECRET_BOT_PASSWORD}}', 'botPassword: SECRET_BOT_PASSWORD']) expect(SECRET_PATTERNS.some(([, re]) => re.test(s))).toBe(false);
  });

  it('no committed file under infra/ or env/ (nor the yml files) looks like it holds a secret', () => {
    const files = [...walk(join(ROOT, 'infra')), ...walk(join(ROOT, 'env')), join(ROOT, 'm365agents.yml'), join(ROOT, 'm365agents.local.yml')]
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !isIgnored(f)); // a developer's own git-ignored env/.env.<stage>.user may hold secrets
    const hits = files.flatMap((f) => SECRET_PATTERNS.filter(([, re]) => re.test(read(f))).map(([what]) => `${f}: ${what}`));
    expect(hits).toEqual([]);
  });

  it('the .user example is committed, the real .user files are ignored', () => {
    expect(ignoredUser).toBe(true);
    expect(existsSync(join(ROOT, 'env/.env.dev.user.example'))).toBe(true);
    expect(isIgnored('env/.env.dev.user.example')).toBe(false);
    expect(isIgnored('env/.env.dev.user')).toBe(true);
  });

  it('env/.env.dev.user.example switches the local app to the SharePoint store with names the app reads', () => {
    const example = envFile('env/.env.dev.user.example');
    expect(example.get('SKA_STORE')).toBe('graph');
    const reads = acceptedEnvNames();
    expect([...example.keys()].filter((n) => !reads.has(n))).toEqual([]);
    // GRAPH_SITE_ID comes from env/.env.dev, which SKA_STAGE=dev reads first.
    expect(envFile('env/.env.dev').has('GRAPH_SITE_ID')).toBe(true);
  });

  it('env/.env.dev gives every Azure template parameter a value (or a step writes it first)', () => {
    const env = envFile('env/.env.dev');
    const fromSteps = new Set(devProject.provision!.flatMap(written));
    const missing = [...placeholders(read('infra/azure.parameters.json'))].filter((n) => !fromSteps.has(n) && !env.get(n) && n !== 'APP_NAME_SUFFIX');
    expect(missing).toEqual([]);
    // "none" is how an optional input says "not yet": the parameter it feeds must understand it.
    const parameterFile = JSON.parse(read('infra/azure.parameters.json')).parameters as Record<string, { value: string }>;
    const optional = [...env].filter(([, v]) => v === 'none').map(([k]) => k);
    expect(optional).toEqual(expect.arrayContaining(['GRAPH_SITE_ID', 'GRAPH_CERT_NAME']));
    for (const name of optional) {
      const param = Object.keys(parameterFile).find((p) => parameterFile[p].value === `\${{${name}}}`);
      expect(param).toBeDefined();
      expect(bicep).toContain(`param ${param} string = 'none'`);
      expect(bicep).toMatch(new RegExp(`${param} (?:==|!=) 'none'`));
    }
  });
});
