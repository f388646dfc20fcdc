/**
 * The meeting tab the app pins in a group's meeting chat loads from TAB_ENDPOINT (where Teams finds
 * the tabs, e.g. a dev tunnel), not from a host written in the code nor from the API's own address:
 * the config's rule, and the tab as the Graph fake holds it after a real send.
 */
import { parseConfig } from '../../src/config';
import { startGraphMeetingApp } from './graph-meeting-app';
import { sendPreschoolRound } from '../support/dialogue-rounds';

describe('TAB_ENDPOINT in the config', () => {
  const base = { SKA_STAGE: 'test', SKA_PUBLIC_URL: 'https://api.ska.example' };
  it('is the tab endpoint, without a trailing slash', () => {
    expect(parseConfig({ ...base, TAB_ENDPOINT: 'https://tunnel-3978.euw.devtunnels.ms/' }).tabEndpoint).toBe(
      'https://tunnel-3978.euw.devtunnels.ms',
    );
  });
  it('falls back to SKA_PUBLIC_URL (App Service serves the tabs itself), left empty too', () => {
    expect(parseConfig(base).tabEndpoint).toBe('https://api.ska.example');
    expect(parseConfig({ ...base, TAB_ENDPOINT: '' }).tabEndpoint).toBe('https://api.ska.example');
  });
  it('refuses something that is not an http(s) address', () => {
    expect(() => parseConfig({ ...base, TAB_ENDPOINT: 'ska.example' })).toThrow(/TAB_ENDPOINT/);
    expect(() => parseConfig({ ...base, TAB_ENDPOINT: 'ftp://ska.example' })).toThrow(/TAB_ENDPOINT/);
  });
});

describe('the meeting tab in the meeting chat', () => {
  let env: Awaited<ReturnType<typeof startGraphMeetingApp>>;
  const TAB_ENDPOINT = 'https://ska-tunnel.example.dev';
  beforeAll(async () => {
    env = await startGraphMeetingApp({ TAB_ENDPOINT: `${TAB_ENDPOINT}/` });
  });
  afterAll(async () => {
    await env.close();
  });

  it('has its contentUrl and websiteUrl below TAB_ENDPOINT, naming the round and the group', async () => {
    const { roundId, groupId } = await sendPreschoolRound(env.app.baseUrl, await env.app.tokenFor('Erik Lund'));
    const deadline = Date.now() + 10_000;
    while (![...env.fake.meetings.chatTabs.values()].flat().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const tabs = [...env.fake.meetings.chatTabs.values()].flat();
    expect(tabs).toHaveLength(1);
    const config = tabs[0].configuration as { entityId: string; contentUrl: string; websiteUrl: string };
    expect(config).toEqual({
      entityId: 'dialogue-meeting',
      contentUrl: `${TAB_ENDPOINT}/?inTeams=1&view=meeting&roundId=${roundId}&groupId=${groupId}`,
      websiteUrl: `${TAB_ENDPOINT}/?view=meeting&roundId=${roundId}&groupId=${groupId}`,
    });
    expect(config.contentUrl.startsWith(env.app.baseUrl)).toBe(false);
  });
});
