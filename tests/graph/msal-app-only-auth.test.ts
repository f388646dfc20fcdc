/** App-only auth with a certificate: what can be checked offline (no token is fetched here). */
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateCredentialFromPem, readCertificateCredential } from '../../src/adapters/graph/certificate-credential';
import { GRAPH_DEFAULT_SCOPE, MsalAppOnlyAuthProvider, msalConfiguration } from '../../src/adapters/graph/msal-app-only-auth';

const fixture = join(__dirname, 'fixtures', 'throwaway-test-cert.pem');
const pem = readFileSync(fixture, 'utf8');
const certificate = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/)![0];
const key = pem.match(/-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----/)![0];
// openssl x509 -in tests/graph/fixtures/throwaway-test-cert.pem -noout -fingerprint -sha256
const THUMBPRINT = '1F2DD460FB0362885F8650B881CFC0093B05B0F67C2E75BE15CB1530AA91F6F6';

it('reads the PEM: SHA-256 thumbprint in hex and the key as PKCS#8', () => {
  const credential = certificateCredentialFromPem(pem);
  expect(credential.thumbprintSha256).toBe(THUMBPRINT);
  expect(credential.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
});

it('turns a PKCS#1 RSA key into PKCS#8', () => {
  const rsa = createPrivateKey(key).export({ type: 'pkcs1', format: 'pem' }).toString();
  expect(rsa).toMatch(/BEGIN RSA PRIVATE KEY/);
  expect(certificateCredentialFromPem(`${certificate}\n${rsa}`).privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
});

it('reads PKCS#12 as App Service writes it (/var/ssl/private/<thumbprint>.p12, no password), and with a password', () => {
  expect(readCertificateCredential(join(__dirname, 'fixtures', 'throwaway-test-cert.p12')).thumbprintSha256).toBe(THUMBPRINT);
  const legacy = join(__dirname, 'fixtures', 'throwaway-legacy-protected.p12'); // openssl pkcs12 -export -legacy -passout pass:hemligt
  expect(readCertificateCredential(legacy, 'hemligt')).toEqual(certificateCredentialFromPem(pem));
  expect(() => readCertificateCredential(legacy, 'fel')).toThrow(/neither PEM nor a PKCS#12 file this password opens/);
  expect(readCertificateCredential(fixture).thumbprintSha256).toBe(THUMBPRINT);
});

it('fails early, saying why', () => {
  expect(() => certificateCredentialFromPem(key)).toThrow(/no certificate/);
  expect(() => certificateCredentialFromPem(certificate)).toThrow(/no private key/);
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(() => certificateCredentialFromPem(`${other}${certificate}`)).toThrow(/does not belong/);
  expect(() => certificateCredentialFromPem(pem, new Date('2200-01-01'))).toThrow(/expired/);
  expect(() => certificateCredentialFromPem('-----BEGIN ENCRYPTED PRIVATE KEY-----\n…')).toThrow(/encrypted/);
});

it('builds an MSAL confidential-client configuration with the certificate and no secret', () => {
  const config = msalConfiguration({ tenantId: 'tenant-1', clientId: 'client-1' }, certificateCredentialFromPem(pem));
  expect(config.auth).toEqual({
    clientId: 'client-1',
    authority: 'https://login.microsoftonline.com/tenant-1',
    clientCertificate: { thumbprintSha256: THUMBPRINT, privateKey: expect.stringMatching(/^-----BEGIN PRIVATE KEY-----/) },
  });
  expect(config.auth).not.toHaveProperty('clientSecret');
  for (const certificatePath of [fixture, join(__dirname, 'fixtures', 'throwaway-test-cert.p12')]) {
    expect(MsalAppOnlyAuthProvider.fromCertificateFile({ tenantId: 'tenant-1', clientId: 'client-1', certificatePath })).toBeInstanceOf(
      MsalAppOnlyAuthProvider,
    );
  }
});

it('asks for the Graph .default scope and hands the graph client the token', async () => {
  const asked: string[][] = [];
  const provider = new MsalAppOnlyAuthProvider({
    acquireTokenByClientCredential: async ({ scopes }) => (asked.push(scopes), { accessToken: 'tok' }),
  });
  expect(await provider.getAccessToken()).toBe('tok');
  expect(asked).toEqual([[GRAPH_DEFAULT_SCOPE]]);
  await expect(new MsalAppOnlyAuthProvider({ acquireTokenByClientCredential: async () => null }).getAccessToken()).rejects.toThrow(
    /no access token/,
  );
});
