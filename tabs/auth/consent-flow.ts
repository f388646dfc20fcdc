/** The consent request and its answer, apart from teams-js so they can be tested. */

export interface ConsentRequest {
  clientId: string;
  appIdUri: string;
  /** Entra ID's authority host; the server's AAD_AUTHORITY_HOST (tests: a fake authority). */
  authority?: string;
  origin: string;
  host: string;
  tenantId?: string;
  loginHint?: string;
  state: string;
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export async function authorizeUrl(r: ConsentRequest): Promise<string> {
  // PKCE: Entra requires it for the code flow to a single-page-app redirect URI.
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const params = new URLSearchParams({
    client_id: r.clientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: `${r.origin}/auth-end.html`,
    scope: `${r.appIdUri || `api://${r.host}/${r.clientId}`}/access_as_user openid profile`,
    prompt: 'consent',
    state: r.state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    login_hint: r.loginHint ?? '',
  });
  const authority = (r.authority ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
  return `${authority}/${r.tenantId || 'organizations'}/oauth2/v2.0/authorize?${params}`;
}

/** Entra answers in the fragment: a code when the person consented, error (e.g. consent_required, access_denied) when not. */
export function readConsentAnswer(hash: string, expectedState: string | null): { ok: true } | { ok: false; reason: string } {
  const answer = new URLSearchParams(hash.replace(/^#/, ''));
  if (answer.get('error')) return { ok: false, reason: answer.get('error') ?? 'consent_failed' };
  if (!expectedState || answer.get('state') !== expectedState) return { ok: false, reason: 'state_mismatch' };
  if (!answer.get('code')) return { ok: false, reason: 'no_code' };
  return { ok: true };
}
