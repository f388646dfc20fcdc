/**
 * Onboarding from an empty store: units from a saved Skolenhetsregistret answer, people from
 * Entra ID groups served by the Graph fake, the bootstrap admin signing in with an Entra token,
 * previewing and applying; then a principal found only through the import opens their unit's
 * plan, and a second import after people move changes only what moved.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { GraphDirectorySource } from '../../src/adapters/entra/graph-directory-source';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { queryAll } from '../../src/app/ports/list-store';
import { FakeGraphServer } from '../graph/fake-graph-server';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT_ID = '33333333-3333-3333-3333-333333333333';
const AUTHORITY = 'https://login.example.test';
const FIXTURES = join(__dirname, '..', 'fixtures', 'skolverket');

const oid = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const gid = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;
const GRETA = oid(1); // the bootstrap admin, named by e-mail
const OLLE = oid(2); // organiser
const BERIT = oid(3); // board
const PIA = oid(4); // principal of Björkskolan, by the unit's group
const RUT = oid(5); // principal of Ekbacken, by the leadership mapping
const SAM = oid(6); // staff at Björkskolan, moves to the gymnasium
const STINA = oid(7); // staff at Björkskolan through a nested group, leaves
const GUSTAV = oid(8); // principal of the gymnasium
const G = {
  admin: gid(1),
  organiser: gid(2),
  board: gid(3),
  principals: gid(4),
  bjorkPrincipals: gid(5),
  bjorkStaff: gid(6),
  bjorkStaffNested: gid(7),
  gyPrincipals: gid(8),
  gyStaff: gid(9),
};

let fake: FakeGraphServer;
let app: TestApp;
let jwks: Server;
let signingKey: CryptoKey;
let registerFile: string;

const person = (id: string, name: string, mail: string | null = `${name.split(' ')[0].toLowerCase()}@sjovik.example`) => ({
  id,
  displayName: name,
  mail,
  userPrincipalName: `${name.split(' ')[0].toLowerCase()}@sjovik.example`,
});

beforeAll(async () => {
  fake = await FakeGraphServer.start();
  const d = fake.directory;
  d.pageSizeCap = 2; // small pages, so every read follows nextLinks
  [
    person(GRETA, 'Greta Admin'),
    person(OLLE, 'Olle Organiser'),
    person(BERIT, 'Berit Board', null),
    person(PIA, 'Pia Principal'),
    person(RUT, 'Rut Rektor'),
    person(SAM, 'Sam Staff'),
    person(STINA, 'Stina Staff'),
    person(GUSTAV, 'Gustav Gymnasierektor'),
  ].forEach((u) => d.addUser(u));
  d.addGroup({ id: G.admin, displayName: 'SKA admin', members: [GRETA] });
  d.addGroup({ id: G.organiser, displayName: 'SKA huvudman', members: [OLLE] });
  d.addGroup({ id: G.board, displayName: 'Barn- och utbildningsnämnden', members: [BERIT] });
  d.addGroup({ id: G.principals, displayName: 'Alla rektorer', members: [PIA, RUT, GUSTAV] });
  d.addGroup({ id: G.bjorkPrincipals, displayName: 'Björkskolan rektor', members: [PIA] });
  d.addGroup({ id: G.bjorkStaffNested, displayName: 'Björkskolan fritids', members: [STINA] });
  d.addGroup({ id: G.bjorkStaff, displayName: 'Björkskolan personal', members: [SAM, G.bjorkStaffNested] });
  d.addGroup({ id: G.gyPrincipals, displayName: 'Gymnasiet rektor', members: [GUSTAV] });
  d.addGroup({ id: G.gyStaff, displayName: 'Gymnasiet personal', members: [] });

  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey as CryptoKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', () => r()));

  registerFile = join(mkdtempSync(join(tmpdir(), 'ska-register-')), 'register.json');
  copyFileSync(join(FIXTURES, 'skolenhetsregistret-9990.json'), registerFile);
  app = await startTestApp(
    {
      SKA_SEED_DEMO: 'false',
      SKA_AUTH: 'entra',
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_ALLOWED_TENANTS: TENANT,
      AAD_AUTHORITY_HOST: AUTHORITY,
      AAD_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`,
      SKA_BOOTSTRAP_ADMINS: 'Greta@Sjovik.example',
      SKOLVERKET_FILE: registerFile,
    },
    { directorySource: GraphDirectorySource.create({ authProvider: new StaticTokenAuthProvider('fake-token'), hostRewrite: fake.url }) },
  );
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  await new Promise<void>((r) => jwks.close(() => r()));
});

async function tokenFor(objectId: string, email: string) {
  return new SignJWT({ tid: TENANT, oid: objectId, scp: 'access_as_user', preferred_username: email })
    .setProtectedHeader({ alg: 'RS256', kid: 'k' })
    .setIssuer(`${AUTHORITY}/${TENANT}/v2.0`)
    .setAudience(CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(signingKey);
}
const as = async (objectId: string, email: string) => client(app.baseUrl, await tokenFor(objectId, email));

const CONFIG = {
  municipalityCode: '9990',
  groups: { admin: G.admin, organiser: G.organiser, board: G.board, principals: G.principals },
  units: [
    { schoolUnitCode: '10000002', principalGroupId: G.bjorkPrincipals, staffGroupId: G.bjorkStaff },
    { schoolUnitCode: '10000003', principalGroupId: G.gyPrincipals, staffGroupId: G.gyStaff },
  ],
  leadership: { '10000001': ['rut@sjovik.example'], '10000005': [RUT] },
};

async function snapshot() {
  const s = app.services.store;
  const all = async (list: string) => new Map((await queryAll(s, list)).map((i) => [`${list}:${i.id}`, i.etag]));
  return new Map([...(await all('units')), ...(await all('people')), ...(await all('memberships'))]);
}
function changedKeys(before: Map<string, string>, after: Map<string, string>) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe('directory import from an empty store', () => {
  let fingerprint: string;

  test('the store starts empty but for the bootstrap admin, who signs in by e-mail and is admin', async () => {
    expect(await app.services.directory.allUnits()).toEqual([]);
    const me = await (await as(GRETA, 'greta@sjovik.example')).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.roles).toContain('admin');
    // Nobody else is in the people list yet.
    expect((await (await as(PIA, 'pia@sjovik.example')).get('/api/me')).status).toBe(403);
  });

  test('only an admin configures and previews; bad settings get a Swedish message and change nothing', async () => {
    const greta = await as(GRETA, 'greta@sjovik.example');
    const bad = await greta.put('/api/admin/directory-import/config', { ...CONFIG, municipalityCode: '99' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.message).toMatch(/Kommunkoden har fyra siffror/);
    expect((await greta.post('/api/admin/directory-import/preview')).body.error.code).toBe('DIRECTORY_NOT_CONFIGURED');
    expect((await greta.put('/api/admin/directory-import/config', CONFIG)).status).toBe(200);
  });

  test('the preview lists the new units and people and writes nothing', async () => {
    const before = await snapshot();
    const preview = await (await as(GRETA, 'greta@sjovik.example')).post('/api/admin/directory-import/preview');
    expect(preview.status).toBe(200);
    const p = preview.body;
    fingerprint = p.fingerprint;
    // Closed-before, planned and adult-education units are not brought in.
    expect(p.units.map((u: { name: string }) => u.name).sort()).toEqual([
      'Björkskolan',
      'Ekbackens förskola',
      'Sjöviksgymnasiet',
      'Tallbackens förskola',
    ]);
    expect(p.units.find((u: { name: string }) => u.name === 'Björkskolan').schoolFormLabel).toBe('Grundskola F–6');
    expect(p.units.find((u: { name: string }) => u.name === 'Sjöviksgymnasiet').schoolFormLabel).toBe('Gymnasieskola');
    expect(p.newPeople.map((x: { displayName: string }) => x.displayName).sort()).toEqual([
      'Berit Board',
      'Gustav Gymnasierektor',
      'Olle Organiser',
      'Pia Principal',
      'Rut Rektor',
      'Sam Staff',
      'Stina Staff',
    ]);
    expect(p.newPeople.find((x: { displayName: string }) => x.displayName === 'Rut Rektor').units.sort()).toEqual([
      'Ekbackens förskola (rektor)',
      'Tallbackens förskola (rektor)',
    ]);
    expect(p.newPeople.find((x: { displayName: string }) => x.displayName === 'Stina Staff').units).toEqual(['Björkskolan (personal)']);
    expect(p.counts).toMatchObject({ newUnits: 4, newPeople: 7, leftPeople: 0 });
    expect(p.warnings).toEqual([]);
    expect(changedKeys(before, await snapshot())).toEqual([]);
    // Small pages: the group reads followed nextLinks.
    expect(fake.directory.requests.filter((r) => r.endsWith('/transitiveMembers')).length).toBeGreaterThan(Object.keys(G).length);
  });

  test('a non-admin cannot preview or apply', async () => {
    const olle = await as(OLLE, 'olle@sjovik.example');
    expect((await olle.post('/api/admin/directory-import/preview')).status).toBe(403);
  });

  test('applying the preview brings everyone in; a principal found only through the import opens their unit’s plan', async () => {
    const applied = await (await as(GRETA, 'greta@sjovik.example')).post('/api/admin/directory-import/apply', { fingerprint });
    expect(applied.status).toBe(200);
    const pia = await as(PIA, 'pia@sjovik.example');
    const me = await pia.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual(['principal']);
    const units = (await pia.get('/api/units')).body as { id: string; name: string }[];
    expect(units.map((u) => u.name)).toEqual(['Björkskolan']);
    const started = await pia.post(`/api/units/${units[0].id}/plans/2026-27`, {});
    expect(started.status).toBe(201);
    const plan = await pia.get(`/api/units/${units[0].id}/plans/2026-27`);
    expect(plan.status).toBe(200);
    expect(plan.headers.get('etag')).toBeTruthy();
    // Björkskolan (förskoleklass, grundskola, fritidshem) plans with Lgr22's goal areas, not preschool's.
    expect(JSON.stringify(plan.body)).toContain('Kunskaper');
    expect(JSON.stringify(plan.body)).not.toContain('Omsorg, utveckling och lärande');
    // Organiser and board roles come from their groups; Berit has no mailbox and signs in by UPN.
    expect((await (await as(OLLE, 'olle@sjovik.example')).get('/api/me')).body.roles).toEqual(['organiser']);
    expect((await (await as(BERIT, 'berit@sjovik.example')).get('/api/me')).body.roles).toEqual(['board']);
    // Applying again has nothing to do.
    expect((await (await as(GRETA, 'greta@sjovik.example')).post('/api/admin/directory-import/preview')).body.empty).toBe(true);
  });

  test('a second import after people move changes only what moved, and keeps documents', async () => {
    const greta = await as(GRETA, 'greta@sjovik.example');
    const d = fake.directory;
    d.groups.get(G.bjorkStaff)!.members = [G.bjorkStaffNested];
    d.groups.get(G.gyStaff)!.members = [SAM];
    d.groups.get(G.bjorkStaffNested)!.members = [];
    const before = await snapshot();
    const preview = (await greta.post('/api/admin/directory-import/preview')).body;
    expect(preview.newPeople).toEqual([]);
    expect(preview.moved).toEqual([{ displayName: 'Sam Staff', from: ['Björkskolan (personal)'], to: ['Sjöviksgymnasiet (personal)'] }]);
    expect(preview.left).toEqual([{ displayName: 'Stina Staff', email: 'stina@sjovik.example' }]);

    // Someone else changes the groups between preview and apply: nothing is written.
    d.groups.get(G.board)!.members = [BERIT, OLLE];
    const stale = await greta.post('/api/admin/directory-import/apply', { fingerprint: preview.fingerprint });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('DIRECTORY_PREVIEW_STALE');
    expect(changedKeys(before, await snapshot())).toEqual([]);
    d.groups.get(G.board)!.members = [BERIT];

    const again = (await greta.post('/api/admin/directory-import/preview')).body;
    expect(again.fingerprint).toBe(preview.fingerprint);
    expect((await greta.post('/api/admin/directory-import/apply', { fingerprint: again.fingerprint })).status).toBe(200);
    const after = await snapshot();
    const people = await app.services.directory.people();
    const idOf = (name: string) => people.find((p) => p.displayName === name)!.id;
    const changed = changedKeys(before, after);
    // Stina's person item (now 'left') and her membership; Sam's old membership out, a new one in. Nothing else.
    expect(changed.filter((k) => k.startsWith('units:'))).toEqual([]);
    expect(changed.filter((k) => k.startsWith('people:'))).toEqual([`people:${idOf('Stina Staff')}`]);
    expect(changed.filter((k) => k.startsWith('memberships:'))).toHaveLength(3);
    expect(people.find((p) => p.displayName === 'Stina Staff')!.directoryStatus).toBe('left');
    expect((await (await as(STINA, 'stina@sjovik.example')).get('/api/me')).body.roles).toEqual([]);
    const sam = await as(SAM, 'sam@sjovik.example');
    expect(((await sam.get('/api/units')).body as { name: string }[]).map((u) => u.name)).toEqual(['Sjöviksgymnasiet']);
    // Pia's plan is untouched.
    const pia = await as(PIA, 'pia@sjovik.example');
    const [bjork] = (await pia.get('/api/units')).body as { id: string }[];
    expect((await pia.get(`/api/units/${bjork.id}/plans/2026-27`)).status).toBe(200);
  });

  test('school forms the admin set by hand are kept by the next import', async () => {
    const greta = await as(GRETA, 'greta@sjovik.example');
    const units = (await greta.get('/api/admin/school-forms')).body as {
      unitId: string;
      name: string;
      schoolForms: string[];
      byHand: boolean;
    }[];
    const bjork = units.find((u) => u.name === 'Björkskolan')!;
    expect(bjork.byHand).toBe(false);
    const byHand = ['preschool', 'schoolAgeEducare']; // the register says grundskola
    const set = await greta.put(`/api/admin/school-forms/${bjork.unitId}`, { schoolForms: byHand });
    expect(set.status).toBe(200);
    expect(set.body.byHand).toBe(true);
    // The register still says otherwise: the import neither lists nor writes a change of forms.
    const preview = (await greta.post('/api/admin/directory-import/preview')).body;
    expect(preview.units.filter((u: { name: string }) => u.name === 'Björkskolan')).toEqual([]);
    expect((await greta.post('/api/admin/directory-import/apply', { fingerprint: preview.fingerprint })).status).toBe(200);
    expect((await app.services.directory.unit(bjork.unitId)).schoolForms).toEqual(byHand);
  });

  test('a unit that closes is kept with its documents and marked closed', async () => {
    const greta = await as(GRETA, 'greta@sjovik.example');
    const rut = await as(RUT, 'rut@sjovik.example');
    const tallbacken = ((await rut.get('/api/units')).body as { id: string; name: string }[]).find(
      (u) => u.name === 'Tallbackens förskola',
    )!;
    expect((await rut.post(`/api/units/${tallbacken.id}/plans/2026-27`, {})).status).toBe(201);
    copyFileSync(join(FIXTURES, 'skolenhetsregistret-9990-later.json'), registerFile);
    const preview = (await greta.post('/api/admin/directory-import/preview')).body;
    expect(preview.units).toEqual([
      { schoolUnitCode: '10000005', name: 'Tallbackens förskola', schoolFormLabel: 'Förskola', change: ['closed'] },
    ]);
    expect((await greta.post('/api/admin/directory-import/apply', { fingerprint: preview.fingerprint })).status).toBe(200);
    const unit = await app.services.directory.unit(tallbacken.id);
    expect(unit.status).toBe('closed');
    const plan = await rut.get(`/api/units/${tallbacken.id}/plans/2026-27`);
    expect(plan.status).toBe(200);
    // A preschool unit plans with Lpfö18's required goal area.
    expect(JSON.stringify(plan.body)).toContain('Omsorg, utveckling och lärande');
  });

  test('the scheduled re-run leaves a preview for the admin unless auto-apply is on', async () => {
    fake.directory.groups.get(G.gyStaff)!.members = [SAM, STINA];
    const record = await app.services.directoryImport.runIfDue(new Date(Date.now() + 48 * 3600_000));
    expect(record?.applied).toBe(false);
    expect(record?.pending?.counts.movedPeople).toBe(1);
    const people = await app.services.directory.people();
    expect(people.find((p) => p.displayName === 'Stina Staff')!.directoryStatus).toBe('left');
    // Run again within a day: not due.
    expect(await app.services.directoryImport.runIfDue(new Date(Date.now() + 49 * 3600_000))).toBeUndefined();
  });
});

describe('the pages the Teams manifest links to', () => {
  test('privacy says what is stored and that the survey stores no identity; terms exist', async () => {
    const privacy = await fetch(`${app.baseUrl}/integritet.html`);
    expect(privacy.status).toBe(200);
    const text = await privacy.text();
    expect(text).toContain('TLD-enkäten lagrar ingen identitet');
    expect(text).toContain('Entra ID-objekt-id');
    const terms = await fetch(`${app.baseUrl}/anvandarvillkor.html`);
    expect(terms.status).toBe(200);
    expect(await terms.text()).toContain('Användarvillkor');
  });
});
