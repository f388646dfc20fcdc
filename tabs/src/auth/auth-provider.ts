/**
 * How the tab gets a token for the API. Two implementations: Teams SSO in Teams,
 * and the local demo sign-in (a person picker) when the server runs with SKA_AUTH=dev.
 */
export interface AuthProvider {
  readonly kind: 'dev' | 'teams-sso';
  /** A bearer token for the API, or null when nobody is signed in yet. */
  getToken(): Promise<string | null>;
  /** Forget the current person (dev: switch user; SSO: nothing to forget locally). */
  signOut(): void;
}
