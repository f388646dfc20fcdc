import { startTestApp, type TestApp } from '../support/test-app';
import { client } from '../support/http';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('every route has an access policy', () => {
  it('finds a declared policy for each route restify has mounted', () => {
    const mounted = Object.values(app.server.router.getRoutes()).map((r: any) => `${r.method} ${r.path}`);
    expect(mounted.length).toBeGreaterThan(15);
    const without = mounted.filter((key) => !app.policies.has(key));
    expect(without).toEqual([]);
    for (const policy of app.policies.values()) expect(policy.kind).toMatch(/^(public|devOnly|authenticated|appRole|unit|botFramework)$/);
  });

  it('gives every public route a reason', () => {
    for (const [key, policy] of app.policies) {
      if (policy.kind === 'public') expect({ key, why: policy.why.length > 5 }).toEqual({ key, why: true });
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes every JSON route with its parameters, body and policy', async () => {
    const doc = (await client(app.baseUrl).get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const op = doc.paths['/api/units/{unitId}/plans/{schoolYear}/goal-areas/{goalAreaId}/commitments'].post;
    expect(op.parameters.map((p: any) => p.name)).toEqual(['unitId', 'schoolYear', 'goalAreaId', 'If-Match']);
    expect(op.requestBody.content['application/json'].schema.properties.title.maxLength).toBe(255);
    expect(op['x-access-policy']).toEqual({ kind: 'unit', access: 'write' });
    expect(op.responses['409']).toBeDefined();
    for (const r of app.routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]).toBeDefined();
    }
  });
});

describe('health', () => {
  it('reports ok and the store kind', async () => {
    const r = await client(app.baseUrl).get('/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok', store: 'sqlite' });
  });
});
