import type { AuthProvider } from './auth-provider';

type TeamsAuthentication = { getAuthToken(request?: { silent?: boolean }): Promise<string> };

/**
 * In Teams: the Entra ID token for this app from Teams SSO. The server's Entra validation is
 * a later step; this is the seam. Teams caches tokens itself, so each call asks it.
 */
export class TeamsSsoAuth implements AuthProvider {
  readonly kind = 'teams-sso' as const;

  constructor(private readonly authentication: TeamsAuthentication) {}

  async getToken(): Promise<string | null> {
    try {
      return await this.authentication.getAuthToken();
    } catch {
      return null;
    }
  }

  signOut(): void {
    // Nothing held locally; the person is who Teams says.
  }
}
