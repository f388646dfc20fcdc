import forge from 'node-forge';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface CertificateCredential {
  /** Hex, as MSAL wants it. */
  thumbprintSha256: string;
  /** PKCS#8 PEM, as MSAL wants it. */
  privateKey: string;
}

/**
 * Reads the app's certificate file: PEM (private key + certificate), or PKCS#12 (.p12/.pfx) as
 * App Service writes a Key Vault certificate to /var/ssl/private/<thumbprint>.p12 (no password).
 */
export function readCertificateCredential(path: string, password = '', now = new Date()): CertificateCredential {
  const bytes = readFileSync(path);
  const pem = bytes.includes('-----BEGIN') ? bytes.toString('utf8') : pemFromPkcs12(bytes, password);
  return certificateCredentialFromPem(pem, now);
}

/**
 * Fails early, with a reason, on a missing or encrypted key, a key that is not the
 * certificate's, or an expired certificate: better at start-up than as AADSTS700027 later.
 */
export function certificateCredentialFromPem(pem: string, now = new Date()): CertificateCredential {
  if (pem.includes('ENCRYPTED PRIVATE KEY'))
    throw new Error('The certificate PEM holds an encrypted private key; give the app an unencrypted PEM or a PKCS#12 file');
  const certificate = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/)?.[0];
  const key = pem.match(/-----BEGIN ((?:RSA |EC )?)PRIVATE KEY-----[\s\S]+?-----END \1PRIVATE KEY-----/)?.[0];
  if (!certificate) throw new Error('The certificate file holds no certificate (-----BEGIN CERTIFICATE-----)');
  if (!key) throw new Error('The certificate file holds no private key (-----BEGIN PRIVATE KEY-----)');
  const x509 = new X509Certificate(certificate);
  const privateKey = createPrivateKey(key);
  if (!x509.checkPrivateKey(privateKey)) throw new Error('The private key in the certificate file does not belong to its certificate');
  if (new Date(x509.validTo) < now) throw new Error(`The certificate expired on ${x509.validTo}`);
  return {
    thumbprintSha256: x509.fingerprint256.replace(/:/g, ''),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** PKCS#12 → PEM (RSA key + the certificate that matches it). Node's crypto reads no PKCS#12. */
export function pemFromPkcs12(der: Buffer, password = ''): string {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary'))), false, password);
  } catch (error) {
    throw new Error(`The certificate file is neither PEM nor a PKCS#12 file this password opens (${(error as Error).message})`);
  }
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const key = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag), ...bags(forge.pki.oids.keyBag)].find((b) => b.key)?.key as
    forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('The PKCS#12 file holds no RSA private key');
  const certificates = bags(forge.pki.oids.certBag).flatMap((b) => (b.cert ? [b.cert] : []));
  const leaf = certificates.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n)) ?? certificates[0];
  if (!leaf) throw new Error('The PKCS#12 file holds no certificate');
  return forge.pki.privateKeyToPem(key) + forge.pki.certificateToPem(leaf);
}
