/**
 * Entra ID tokens, validated as in production, against a local JWKS with locally signed tokens:
 * forged signature, wrong audience, wrong tenant, expired, missing scope → 401; unknown person → 403.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

const TENANT = '11111111-1111-1111-1111-111111111111';
const OTHER_TENANT = '22222222-2222-2222-2222-222222222222';
const CLIENT_ID = '33333333-3333-3333-3333-333333333333';
const AUTHORITY = 'https://login.example.test';

let app: TestApp;
let jwks: Server;
let signingKey: CryptoKey;
let foreignKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey as CryptoKey;
  foreignKey = (await generateKeyPair('RS256')).privateKey as CryptoKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', () => r()));
  app = await startTestApp({
    SKA_AUTH: 'entra',
    AAD_APP_CLIENT_ID: CLIENT_ID,
    AAD_APP_ID_URI: `api://ska.example.se/${CLIENT_ID}`,
    AAD_ALLOWED_TENANTS: TENANT,
    AAD_AUTHORITY_HOST: AUTHORITY,
    AAD_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`,
  });
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((r) => jwks.close(() => r()));
});

interface TokenSpec {
  oid?: string;
  email?: string;
  roles?: string[];
  tid?: string;
  aud?: string;
  scp?: string;
  expiresIn?: string | number;
  /** Signed with a key the JWKS does not publish. */
  forged?: boolean;
}

async function token(spec: TokenSpec = {}) {
  const tid = spec.tid ?? TENANT;
  return new SignJWT({
    tid,
    oid: spec.oid ?? 'oid-anna',
    scp: spec.scp ?? 'access_as_user',
    roles: spec.roles,
    preferred_username: spec.email ?? 'Anna.Berg@sjovik.example',
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(`${AUTHORITY}/${tid}/v2.0`)
    .setAudience(spec.aud ?? CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime(spec.expiresIn ?? '1h')
    .sign(spec.forged ? foreignKey : signingKey);
}

describe('Entra ID sign-in (SKA_AUTH=entra)', () => {
  it('accepts a valid token, finds the person by e-mail the first time and by object id after', async () => {
    const me = await client(app.baseUrl, await token()).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe('Anna Berg');
    expect(me.body.roles).toEqual(['principal']);
    expect((await app.services.directory.personByAadObjectId('oid-anna'))?.displayName).toBe('Anna Berg');
    const again = await client(app.baseUrl, await token({ email: 'someone-else@example.com' })).get('/api/me');
    expect(again.body.displayName).toBe('Anna Berg');
  });

  it('accepts the Application ID URI as audience too', async () => {
    expect((await client(app.baseUrl, await token({ aud: `api://ska.example.se/${CLIENT_ID}` })).get('/api/me')).status).toBe(200);
  });

  it('takes app roles from the roles claim', async () => {
    const erik = await token({ oid: 'oid-erik', email: 'erik.lund@sjovik.example', roles: ['organiser', 'not-a-role'] });
    const units = await client(app.baseUrl, erik).get('/api/units');
    expect(units.status).toBe(200);
    expect(units.body).toHaveLength(13);
  });

  it.each<[string, TokenSpec | 'garbage']>([
    ['a forged signature', { forged: true }],
    ['a wrong audience', { aud: '44444444-4444-4444-4444-444444444444' }],
    ['a tenant that is not allowed', { tid: OTHER_TENANT }],
    ['an expired token', { expiresIn: Math.floor(Date.now() / 1000) - 3600 }],
    ['a token without the access_as_user scope', { scp: 'User.Read' }],
    ['something that is not a JWT', 'garbage'],
  ])('refuses %s with 401', async (_label, spec) => {
    const t = spec === 'garbage' ? 'not.a.jwt' : await token(spec);
    const r = await client(app.baseUrl, t).get('/api/me');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a valid token for a person the app does not know, with 403', async () => {
    const r = await client(app.baseUrl, await token({ oid: 'oid-stranger', email: 'stranger@elsewhere.example' })).get('/api/units');
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/personregister/);
  });

  it('has no dev identity routes', async () => {
    expect((await client(app.baseUrl).get('/dev/users')).status).toBe(404);
    expect((await client(app.baseUrl).post('/dev/login', { userId: '1' })).status).toBe(404);
  });
});
