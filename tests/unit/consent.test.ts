/** The consent fallback of tab SSO: one consent window a session, never a loop; the request and answer. */
import { authorizeUrl, readConsentAnswer } from '../../tabs/auth/consent-flow';
import { TeamsSsoAuth } from '../../tabs/src/auth/teams-sso-auth';

test('after a declined consent, later token requests do not open the window again until the person asks', async () => {
  const calls: string[] = [];
  let consented = false;
  let declines = 1;
  const teams = {
    async getAuthToken() {
      calls.push('getAuthToken');
      if (!consented) throw new Error('consent_required');
      return 'token';
    },
    async authenticate() {
      calls.push('authenticate');
      if (declines-- > 0) throw new Error('CancelledByUser');
      consented = true;
      return 'ok';
    },
  };
  const auth = new TeamsSsoAuth(teams, 'https://ska.example.se');
  expect(await auth.getToken()).toBeNull();
  expect(auth.consentDeclined).toBe(true);
  for (let i = 0; i < 5; i++) expect(await auth.getToken()).toBeNull();
  expect(calls.filter((c) => c === 'authenticate')).toHaveLength(1);
  expect(await auth.retryConsent()).toBe('token');
  expect(auth.consentDeclined).toBe(false);
  expect(await auth.getToken()).toBe('token');
});

test('the authorization request goes to the configured authority, with PKCE, to the registered redirect URI', async () => {
  const url = new URL(
    await authorizeUrl({
      clientId: 'cid',
      appIdUri: 'api://ska.example.se/cid',
      authority: 'https://login.example.test/',
      origin: 'https://ska.example.se',
      host: 'ska.example.se',
      tenantId: 'tid',
      state: 's1',
    }),
  );
  expect(`${url.origin}${url.pathname}`).toBe('https://login.example.test/tid/oauth2/v2.0/authorize');
  expect(url.searchParams.get('redirect_uri')).toBe('https://ska.example.se/auth-end.html');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
  expect(url.searchParams.get('scope')).toBe('api://ska.example.se/cid/access_as_user openid profile');
});

test.each([
  ['#code=abc&state=s1', 's1', { ok: true }],
  ['#error=consent_required&error_description=AADSTS65001&state=s1', 's1', { ok: false, reason: 'consent_required' }],
  ['#error=access_denied&state=s1', 's1', { ok: false, reason: 'access_denied' }],
  ['#code=abc&state=other', 's1', { ok: false, reason: 'state_mismatch' }],
  ['#code=abc&state=s1', null, { ok: false, reason: 'state_mismatch' }],
])('answer %s → %j', (hash, state, expected) => {
  expect(readConsentAnswer(hash, state)).toEqual(expected);
});
