import type { AuthProvider } from './auth-provider';

type TeamsAuthentication = {
  getAuthToken(request?: { silent?: boolean }): Promise<string>;
  authenticate(request: { url: string; width?: number; height?: number }): Promise<string>;
};

/** Errors Teams SSO gives when the person (or the tenant) has not consented to this app yet. */
const needsConsent = (e: unknown) => /resourceRequiresConsent|consent_required|interaction_required|invalid_grant/i.test(String((e as Error)?.message ?? e));

/**
 * In Teams: the Entra ID token for this app from Teams SSO, validated by the server. When Teams
 * answers that consent is needed, the consent page is opened (auth-start.html) and the token is
 * asked for again: not a dead end. Teams caches tokens itself, so each call asks it.
 */
export class TeamsSsoAuth implements AuthProvider {
  readonly kind = 'teams-sso' as const;

  constructor(
    private readonly authentication: TeamsAuthentication,
    private readonly origin: string = window.location.origin,
  ) {}

  async getToken(): Promise<string | null> {
    try {
      return await this.authentication.getAuthToken();
    } catch (e) {
      if (!needsConsent(e)) return null;
      try {
        await this.authentication.authenticate({ url: `${this.origin}/auth-start.html`, width: 600, height: 535 });
        return await this.authentication.getAuthToken();
      } catch {
        return null;
      }
    }
  }

  signOut(): void {
    // Nothing held locally; the person is who Teams says.
  }
}
