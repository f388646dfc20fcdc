/** The RU meter: the documented cost table, each $batch step counted, windows, pressure, and the admin health route. */
import { GraphBudget, operationOf, ruOf } from '../../src/adapters/graph/graph-budget';
import { GraphHttp, type BatchStep } from '../../src/adapters/graph/graph-http';
import type { GraphOperation } from '../../src/adapters/graph/graph-budget';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { FakeGraphServer } from './fake-graph-server';

const G = 'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,a,b';

it('costs requests by the SharePoint table: 1 RU an item read, 2 RU a query, create, update or delete', () => {
  expect(ruOf('GET', `${G}/lists/L/items/7?$expand=fields`)).toBe(1);
  expect(ruOf('GET', `${G}/lists/L/items?$filter=x`)).toBe(2);
  expect(ruOf('POST', `${G}/lists/L/items`)).toBe(2);
  expect(ruOf('PATCH', `${G}/lists/L/items/7/fields`)).toBe(2);
  expect(ruOf('DELETE', `${G}/lists/L/items/7`)).toBe(2);
  expect(ruOf('GET', `${G}/lists/SKA%20Enheter?$expand=columns`)).toBe(2);
  expect(ruOf('GET', 'https://graph.microsoft.com/v1.0/users/x/events')).toBe(0); // not SharePoint
  expect(operationOf('GET', `${G}/lists/L/items/7?$expand=fields`)).toBe('GET /sites/{site}/lists/{list}/items/{id}');
});

it('sums the windows and reads pressure against the per-minute budget', () => {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const budget = new GraphBudget(100, () => now);
  budget.record(30);
  now += 30 * 60_000;
  budget.record(20, 2);
  now += 30_000;
  budget.record(40);
  expect([budget.spent(60_000), budget.spent(3_600_000), budget.spent(86_400_000)]).toEqual([60, 90, 90]);
  expect(budget.pressure()).toBeCloseTo(0.6);
  now += 25 * 3_600_000;
  expect([budget.spent(86_400_000), budget.pressure()]).toEqual([0, 0]);
});

it('counts every step of a $batch and every try, and logs each operation', async () => {
  const fake = await FakeGraphServer.start();
  try {
    const siteId = fake.createSite();
    const budget = new GraphBudget();
    const log: GraphOperation[] = [];
    const http = new GraphHttp({
      authProvider: new StaticTokenAuthProvider('t'),
      hostRewrite: fake.url,
      budget,
      onOperation: (o) => log.push(o),
      retry: { baseDelayMs: 1 },
    });
    const site = `https://graph.microsoft.com/v1.0/sites/${siteId}`;
    const steps: BatchStep[] = [
      { id: '1', method: 'GET', url: site },
      { id: '2', method: 'GET', url: `${site}/lists` },
    ];
    fake.faults.push({ kind: 'throttle', retryAfter: 0 });
    await http.batch(steps);
    // The throttled try counts too (SharePoint counts throttled requests), so two tries of 1 + 2 RU.
    expect(budget.spent(60_000)).toBe(6);
    expect(budget.requests(60_000)).toBe(4);
    expect(log.map((o) => [o.operation, o.ru, o.status])).toEqual([
      ['$batch [GET /sites/{site}, GET /sites/{site}/lists]', 3, 429],
      ['$batch [GET /sites/{site}, GET /sites/{site}/lists]', 3, 200],
    ]);
  } finally {
    await fake.close();
  }
});

describe('GET /api/admin/health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SKA_GRAPH_RU_PER_MINUTE: '900' });
  }, 60_000);
  afterAll(() => app.close());

  it('shows the RU spent against the configured budget, to admins only', async () => {
    const get = async (who: string) =>
      fetch(`${app.baseUrl}/api/admin/health`, { headers: { authorization: `Bearer ${await app.tokenFor(who)}` } });
    const admin = await get('Tomas Berg');
    expect(admin.status).toBe(200);
    expect(await admin.json()).toEqual({
      store: 'sqlite',
      graph: {
        ruPerMinuteBudget: 900,
        ruLastMinute: 0,
        ruLastHour: 0,
        ruLastDay: 0,
        requestsLastMinute: 0,
        requestsLastDay: 0,
        pressure: 0,
      },
    });
    expect((await get('Anna Berg')).status).toBe(403);
  });
});

it('sends delegated calls (On-Behalf-Of) through the same pipeline: the exchanged token, retry and the meter', async () => {
  const { OnBehalfOfTokens } = await import('../../src/adapters/entra/on-behalf-of');
  const fake = await FakeGraphServer.start();
  try {
    const obo = new OnBehalfOfTokens({
      acquireTokenOnBehalfOf: async (r) => ({ accessToken: `graph-for-${r.oboAssertion}`, expiresOn: null }),
    });
    const budget = new GraphBudget();
    const http = new GraphHttp({ authProvider: obo.authProvider('user-token'), hostRewrite: fake.url, budget, retry: { baseDelayMs: 1 } });
    fake.faults.push({ kind: 'throttle', retryAfter: 0 });
    await http.send('POST', 'https://graph.microsoft.com/v1.0/users/me%40sjovik.example/events', {
      body: { subject: 'x', transactionId: 't-1' },
      repeatable: true,
    });
    expect(fake.stats.log.map((r) => [r.authorization, r.fault])).toEqual([
      ['Bearer graph-for-user-token', 'throttle'],
      ['Bearer graph-for-user-token', undefined],
    ]);
    expect(budget.requests(60_000)).toBe(2);
  } finally {
    await fake.close();
  }
});
