/**
 * Offline checks of the production path's configuration: the Agents Toolkit project files
 * (m365agents.yml, m365agents.local.yml), the Azure template (infra/azure.bicep + parameters),
 * the Entra app manifest and the env files.
 *
 * Nothing here talks to Azure or Microsoft 365. The yml files are validated against the
 * toolkit's own JSON schema (a copy in fixtures/, see its README); the Bicep file is read as
 * text, since no Bicep compiler is available offline.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import {
  PLATFORM_SETTINGS,
  ROOT,
  SCHEMA_VERSION,
  Step,
  acceptedEnvNames,
  appSettings,
  bicep,
  bicepOutputs,
  devProject,
  envFile,
  envNamesTheAppReads,
  localProject,
  operatorInputs,
  placeholders,
  project,
  read,
  unresolved,
  written,
} from './project-files';

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
    for (const action of [
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]) {
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
    const ignore = read('infra/webapp.ignore')
      .split(/\r?\n/)
      .filter((l) => l && !l.startsWith('#'));
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
    for (const name of [
      'SKA_PUBLIC_URL',
      'TEAMS_APP_ID',
      'BOT_ID',
      'BOT_TENANT_ID',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_ID_URI',
      'AAD_ALLOWED_TENANTS',
      'GRAPH_SITE_ID',
      'AZURE_TENANT_ID',
      'AZURE_CLIENT_ID',
      'AZURE_CLIENT_CERTIFICATE_PATH',
      'WEBSITE_LOAD_CERTIFICATES',
    ]) {
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
    for (const name of [
      'TAB_DOMAIN',
      'TAB_ENDPOINT',
      'BOT_ID',
      'BOT_DOMAIN',
      'BOT_ENDPOINT',
      'AZURE_APP_SERVICE_RESOURCE_ID',
      'AAD_APP_ID_URI',
    ]) {
      expect(bicepOutputs).toContain(name);
    }
    for (const name of bicepOutputs) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/); // written to env/.env.<env> as is
  });
});
