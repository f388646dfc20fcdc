/** The request steps and the traps of the graph client, pinned. */
import { BatchRequestContent } from '@microsoft/microsoft-graph-client';
import { GraphHttp, relativeToVersion } from '../../src/adapters/graph/graph-http';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { retryAfterMs } from '../../src/adapters/graph/retry-step';
import { FakeGraphServer } from './fake-graph-server';

let fake: FakeGraphServer;
beforeAll(async () => {
  fake = await FakeGraphServer.start();
});
afterAll(() => fake.close());

it('reads Retry-After as seconds or as an HTTP date', () => {
  expect(retryAfterMs('2')).toBe(2000);
  expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
  expect(retryAfterMs(null)).toBeUndefined();
  expect(retryAfterMs('soon')).toBeUndefined();
});

it('keeps the token when it sends https://graph.microsoft.com requests to the fake', async () => {
  const siteId = fake.createSite();
  const http = new GraphHttp({ authProvider: new StaticTokenAuthProvider('tok-1'), hostRewrite: fake.url });
  fake.resetStats();
  expect(await http.get(`https://graph.microsoft.com/v1.0/sites/${siteId}`)).toMatchObject({ id: siteId });
  expect(fake.stats.log[0]).toMatchObject({ path: `/v1.0/sites/${siteId}`, authorization: 'Bearer tok-1' });
});

it('sends batch URLs relative to the version: SDK 3.0.7 leaves "/v1.0" in, which Graph refuses', async () => {
  const url = 'https://graph.microsoft.com/v1.0/sites/x/lists?$select=id';
  const sdk = (await new BatchRequestContent([{ id: '1', request: new Request(url) }]).getContent()) as { requests: { url: string }[] };
  expect(sdk.requests[0].url).toBe('/v1.0/sites/x/lists?$select=id');
  expect(relativeToVersion(url)).toBe('/sites/x/lists?$select=id');

  const siteId = fake.createSite();
  const post = (requests: unknown[]) =>
    fetch(`${fake.url}/v1.0/$batch`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests }),
    });
  const answer = (await (await post([{ id: '1', method: 'GET', url: `/v1.0/sites/${siteId}` }])).json()) as {
    responses: { status: number; headers: Record<string, string>; body: { error: { message: string } } }[];
  };
  expect(answer.responses[0]).toMatchObject({ status: 400, body: { error: { message: "Resource not found for the segment 'v1.0'." } } });
  const tooMany = await post(Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: `/sites/${siteId}` })));
  expect(tooMany.status).toBe(400);

  const http = new GraphHttp({ authProvider: new StaticTokenAuthProvider('t'), hostRewrite: fake.url });
  const [site] = await http.batch([{ id: '1', method: 'GET', url: `https://graph.microsoft.com/v1.0/sites/${siteId}` }]);
  expect(site).toMatchObject({ status: 200, body: { id: siteId } });
});

it('tells a failed sign-in apart from a lost answer, and sends nothing', async () => {
  const http = new GraphHttp({
    authProvider: { getAccessToken: async () => Promise.reject(new Error('AADSTS700027: invalid signature')) },
    hostRewrite: fake.url,
  });
  fake.resetStats();
  const error = await http.get('https://graph.microsoft.com/v1.0/sites/x').catch((e: unknown) => e);
  expect(error).toMatchObject({ status: 0, code: 'requestNotSent', outcomeUnknown: false });
  expect((error as Error).message).toContain('AADSTS700027');
  expect(fake.stats.http).toBe(0);
});
