/** Offline checks of the Entra app manifest and the env files (see infra.test.ts for the toolkit and Azure files). */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, acceptedEnvNames, bicep, devProject, envFile, localProject, placeholders, read, walk, written } from './project-files';

describe('infra/entra/aad.manifest.json', () => {
  const manifest = JSON.parse(read('infra/entra/aad.manifest.json'));
  const scopes: any[] = manifest.api.oauth2PermissionScopes;
  const roles: any[] = manifest.appRoles;
  const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('defines the app roles the app knows, with Swedish names and descriptions', () => {
    const appRoles = /APP_ROLES\s*=\s*\[([^\]]*)\]/
      .exec(read('src/domain/identity.ts'))![1]
      .match(/'([^']+)'/g)!
      .map((s) => s.slice(1, -1));
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
    expect(clients).toEqual(
      expect.arrayContaining([
        '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
        '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
        '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
        '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
        'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
        'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
        '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
      ]),
    );
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
      // SKA_CALENDAR=graph (ids from Microsoft Graph's permissions reference):
      'ef54d2bf-783f-4e0f-bca1-3210c0444d99', // Calendars.ReadWrite: the dialogue's Outlook event in the organiser mailbox
      'c1684f21-1984-47fa-9d61-2dc8c296bb70', // OnlineMeetings.Read.All: the Teams meeting behind the event's join link
      'df01ed3b-eb61-4eca-9965-6b3d789751b2', // OnlineMeetingArtifact.Read.All: the meeting's attendance reports
      '73a45059-f39c-4baf-9182-4954ac0e55cf', // TeamsAppInstallation.ReadWriteSelfForChat.All: the app into the meeting chat
      '49981c42-fd7b-4530-be03-e77b21aed25e', // TeamsTab.Create: the meeting tab pinned in that chat
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
    const samples = [
      'clientSecret: "abc~123"',
      '-----BEGIN PRIVATE KEY-----',
      'password=hunter2',
      'BOT_PASSWORD=x1',
      'SECRET_BOT_PASSWORD=crypto_abc',
    ];
    for (const s of samples) expect(SECRET_PATTERNS.some(([, re]) => re.test(s))).toBe(true);
    for (const s of [
      'generateClientSecret: false',
      'BOT_PASSWORD=',
      'password=  # comment',
      'BOT_PASSWORD: ${{SECRET_BOT_PASSWORD}}',
      'botPassword: SECRET_BOT_PASSWORD',
    ])
      expect(SECRET_PATTERNS.some(([, re]) => re.test(s))).toBe(false);
  });

  it('no committed file under infra/ or env/ (nor the yml files) looks like it holds a secret', () => {
    const files = [
      ...walk(join(ROOT, 'infra')),
      ...walk(join(ROOT, 'env')),
      join(ROOT, 'm365agents.yml'),
      join(ROOT, 'm365agents.local.yml'),
    ]
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
    const missing = [...placeholders(read('infra/azure.parameters.json'))].filter(
      (n) => !fromSteps.has(n) && !env.get(n) && n !== 'APP_NAME_SUFFIX',
    );
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
