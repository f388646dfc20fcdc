import type { AuthProvider } from './auth-provider';

type TeamsAuthentication = {
  getAuthToken(request?: { silent?: boolean }): Promise<string>;
  authenticate(request: { url: string; width?: number; height?: number }): Promise<string>;
};

/** Errors Teams SSO gives when the person (or the tenant) has not consented to this app yet. */
const needsConsent = (e: unknown) =>
  /resourceRequiresConsent|consent_required|interaction_required|invalid_grant/i.test(String((e as Error)?.message ?? e));

/**
 * In Teams: the Entra ID token for this app from Teams SSO, validated by the server. When Teams
 * answers that consent is needed, the consent page is opened (auth-start.html) and the token is
 * asked for again: not a dead end. The page is opened at most once a session by itself: if the
 * person closes it or Entra says no, later calls answer null (the tab shows a "Ge samtycke"
 * button that calls retryConsent) instead of opening window after window. Teams caches tokens
 * itself, so each call asks it.
 */
export class TeamsSsoAuth implements AuthProvider {
  readonly kind = 'teams-sso' as const;
  /** Set after a consent attempt that did not give a token. */
  consentDeclined = false;
  private consentTried = false;

  constructor(
    private readonly authentication: TeamsAuthentication,
    private readonly origin: string = window.location.origin,
  ) {}

  async getToken(): Promise<string | null> {
    try {
      return await this.authentication.getAuthToken();
    } catch (e) {
      if (!needsConsent(e) || this.consentTried) return null;
      return this.consent();
    }
  }

  /** The person asked for the consent page again (a button): one more try. */
  async retryConsent(): Promise<string | null> {
    return this.consent();
  }

  private async consent(): Promise<string | null> {
    this.consentTried = true;
    try {
      await this.authentication.authenticate({ url: `${this.origin}/auth-start.html`, width: 600, height: 535 });
      const token = await this.authentication.getAuthToken();
      this.consentDeclined = false;
      return token;
    } catch {
      this.consentDeclined = true;
      return null;
    }
  }

  signOut(): void {
    // Nothing held locally; the person is who Teams says.
  }
}
