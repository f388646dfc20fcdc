import { OnBehalfOfTokens } from '../../src/adapters/entra/on-behalf-of';
import { TeamsSsoAuth } from '../../tabs/src/auth/teams-sso-auth';

describe('tab SSO when consent is needed', () => {
  it('opens the consent page and asks for the token again, instead of a dead end', async () => {
    const calls: string[] = [];
    let consented = false;
    const teams = {
      async getAuthToken() {
        calls.push('getAuthToken');
        if (!consented) throw new Error('resourceRequiresConsent');
        return 'token-after-consent';
      },
      async authenticate(request: { url: string }) {
        calls.push(`authenticate ${new URL(request.url).pathname}`);
        consented = true;
        return 'consented';
      },
    };
    expect(await new TeamsSsoAuth(teams, 'https://ska.example.se').getToken()).toBe('token-after-consent');
    expect(calls).toEqual(['getAuthToken', 'authenticate /auth-start.html', 'getAuthToken']);
  });

  it('gives up quietly when the person closes the consent window, and does not loop', async () => {
    let asked = 0;
    const teams = {
      async getAuthToken() {
        asked += 1;
        throw new Error('resourceRequiresConsent');
      },
      async authenticate() {
        throw new Error('CancelledByUser');
      },
    };
    expect(await new TeamsSsoAuth(teams, 'https://ska.example.se').getToken()).toBeNull();
    expect(asked).toBe(1);
  });
});

describe('On-Behalf-Of', () => {
  it('exchanges the person’s token for a delegated Graph token', async () => {
    const requests: unknown[] = [];
    const obo = new OnBehalfOfTokens({
      async acquireTokenOnBehalfOf(request) {
        requests.push(request);
        return { accessToken: 'graph-token', expiresOn: null };
      },
    });
    expect(await obo.graphToken('user-token')).toBe('graph-token');
    expect(requests).toEqual([
      {
        oboAssertion: 'user-token',
        scopes: ['https://graph.microsoft.com/Calendars.ReadWrite', 'https://graph.microsoft.com/OnlineMeetings.ReadWrite'],
      },
    ]);
    await expect(new OnBehalfOfTokens({ acquireTokenOnBehalfOf: async () => null }).graphToken('x')).rejects.toThrow(/no token/);
  });
});
