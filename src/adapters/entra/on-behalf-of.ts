import { ConfidentialClientApplication } from '@azure/msal-node';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { readCertificateCredential } from '../graph/certificate-credential';

/** The part of MSAL's confidential client the exchange uses (so a test can stand in for it). */
export interface OboClient {
  acquireTokenOnBehalfOf(request: {
    oboAssertion: string;
    scopes: string[];
  }): Promise<{ accessToken: string; expiresOn: Date | null } | null>;
}

/**
 * Where the app acts as the person (e.g. an Outlook event with a Teams meeting in the organiser's
 * calendar): the tab's SSO token is exchanged On-Behalf-Of for a Graph token with the person's
 * delegated rights. The app's credential is the same certificate as for app-only Graph.
 */
export class OnBehalfOfTokens {
  constructor(private readonly client: OboClient) {}

  static withCertificate(options: {
    tenantId: string;
    clientId: string;
    certificatePath: string;
    certificatePassword?: string;
  }): OnBehalfOfTokens {
    const credential = readCertificateCredential(options.certificatePath, options.certificatePassword);
    return new OnBehalfOfTokens(
      new ConfidentialClientApplication({
        auth: {
          clientId: options.clientId,
          authority: `https://login.microsoftonline.com/${options.tenantId}`,
          clientCertificate: credential,
        },
      }),
    );
  }

  /** A Graph token for the person behind `userToken`, for the delegated scopes asked for. */
  async graphToken(
    userToken: string,
    scopes = ['https://graph.microsoft.com/Calendars.ReadWrite', 'https://graph.microsoft.com/OnlineMeetings.ReadWrite'],
  ): Promise<string> {
    const result = await this.client.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes });
    if (!result?.accessToken) throw new Error('The On-Behalf-Of exchange gave no token');
    return result.accessToken;
  }

  /**
   * The authentication step for a GraphHttp acting as the person: the same pipeline (retry,
   * timeout, one error type, RU meter) as app-only calls, with the exchanged token.
   */
  authProvider(userToken: string, scopes?: string[]): AuthenticationProvider {
    return { getAccessToken: () => this.graphToken(userToken, scopes) };
  }
}
