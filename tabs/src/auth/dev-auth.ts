import type { ApiClient } from '../api/client';
import type { AuthProvider } from './auth-provider';

/** Where the demo sign-in keeps its token (per browser tab); the page's first script (early/) reads it too. */
export const DEV_TOKEN_KEY = 'ska.devToken';
const KEY = DEV_TOKEN_KEY;

/** Local demo mode: a seeded person is picked, the server's dev identity issues a token, kept per browser tab. */
export class DevAuth implements AuthProvider {
  readonly kind = 'dev' as const;
  private token: string | null;

  constructor(private readonly storage: Storage | undefined = safeSessionStorage()) {
    this.token = this.storage?.getItem(KEY) ?? null;
  }

  async getToken(): Promise<string | null> {
    return this.token;
  }

  get signedIn(): boolean {
    return this.token !== null;
  }

  async signInAs(api: ApiClient, userId: string): Promise<void> {
    const { token } = await api.devLogin(userId);
    this.token = token;
    this.storage?.setItem(KEY, token);
  }

  signOut(): void {
    this.token = null;
    this.storage?.removeItem(KEY);
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // blocked in some embedded contexts; then sign-in lasts until reload
  }
}
