import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { readCertificateCredential, type CertificateCredential } from './certificate-credential';

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export interface AppOnlyCertificateOptions {
  tenantId: string;
  clientId: string;
  /** PEM (private key + certificate) or PKCS#12 file of the certificate registered on the Entra app. */
  certificatePath: string;
  /** For a password-protected PKCS#12 file; App Service's has none. */
  certificatePassword?: string;
  /** Default https://login.microsoftonline.com (other clouds differ). */
  authorityHost?: string;
}

/** App-only (client credentials) with a certificate: SharePoint refuses app-only tokens got with a secret. */
export function msalConfiguration(
  options: Omit<AppOnlyCertificateOptions, 'certificatePath'>,
  credential: CertificateCredential,
): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: `${options.authorityHost ?? 'https://login.microsoftonline.com'}/${options.tenantId}`,
      clientCertificate: credential,
    },
  };
}

export interface ClientCredentialApp {
  acquireTokenByClientCredential(request: { scopes: string[] }): Promise<{ accessToken: string } | null>;
}

/** The graph client's token seam; MSAL caches the token and renews it before it expires. */
export class MsalAppOnlyAuthProvider implements AuthenticationProvider {
  constructor(
    private readonly app: ClientCredentialApp,
    private readonly scopes: string[] = [GRAPH_DEFAULT_SCOPE],
  ) {}

  /** Reads and checks the certificate now, so a bad file stops start-up; no network until the first request. */
  static fromCertificateFile(options: AppOnlyCertificateOptions): MsalAppOnlyAuthProvider {
    const credential = readCertificateCredential(options.certificatePath, options.certificatePassword);
    return new MsalAppOnlyAuthProvider(new ConfidentialClientApplication(msalConfiguration(options, credential)));
  }

  async getAccessToken(): Promise<string> {
    const result = await this.app.acquireTokenByClientCredential({ scopes: this.scopes });
    if (!result?.accessToken) throw new Error('Entra ID gave no access token for Microsoft Graph');
    return result.accessToken;
  }
}

/** A fixed token, for the local fake Graph only. */
export class StaticTokenAuthProvider implements AuthenticationProvider {
  constructor(private readonly token: string) {}
  async getAccessToken(): Promise<string> {
    return this.token;
  }
}
