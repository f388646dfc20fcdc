import { PlanConflictError } from '../../src/app/documents/plans';
import { isRaw, type JsonRoute } from '../../src/http/route';
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

/** In the test stage every JSON answer is checked against its route's schema (src/contract). */
describe('the response contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('gives every JSON route a response: a schema, a file type or no content', () => {
    const json = app.routes.filter((r) => !isRaw(r)) as JsonRoute[];
    expect(json.length).toBeGreaterThan(60);
    const without = json.filter((r) => r.response === undefined).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(without).toEqual([]);
  });

  it('describes every JSON answer in the OpenAPI document from the same schemas, the plan with its comments', async () => {
    const doc = (await client(app.baseUrl).get('/api/openapi.json')).body;
    const method = { get: 'get', post: 'post', put: 'put', patch: 'patch', del: 'delete' } as const;
    const undescribed = (app.routes.filter((r) => !isRaw(r)) as JsonRoute[]).filter((r) => {
      const responses = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')][method[r.method]].responses;
      return !(responses['204'] || responses['200']?.content);
    });
    expect(undescribed.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const plan = doc.paths['/api/units/{unitId}/plans/{schoolYear}'].get.responses['200'].content['application/json'].schema;
    expect(plan.properties.comments.type).toBe('array');
    const docx = doc.paths['/api/units/{unitId}/plans/{schoolYear}/export.docx'].get.responses['200'].content;
    expect(Object.keys(docx)).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
  });

  it('is on in the test stage', () => {
    expect(app.services.config.checkResponses).toBe(true);
  });

  it('answers 500 RESPONSE_CONTRACT, and logs the issues, when a route sends a field its schema does not know', async () => {
    const admin = await app.clientFor('Tomas Berg');
    const real = app.services.presets.list.bind(app.services.presets);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    app.services.presets.list = async () => (await real()).map((p) => ({ ...p, secret: 'not in the contract' }));
    try {
      const r = await admin.get('/api/admin/presets');
      expect(r.status).toBe(500);
      expect(r.body.error.code).toBe('RESPONSE_CONTRACT');
      expect(r.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: '0', code: 'unrecognized_keys' })]));
      expect(errors).toHaveBeenCalledWith('response breaks the contract', expect.objectContaining({ path: '/api/admin/presets' }));
    } finally {
      app.services.presets.list = real;
      errors.mockRestore();
    }
    expect((await admin.get('/api/admin/presets')).status).toBe(200);
  });

  it('checks the current document a stale write answers with against the route’s own schema', async () => {
    const anna = await app.clientFor('Anna Berg');
    const url = `/api/units/${await app.unitId('Björkskolan')}/plans/2025-26`;
    const doc = (await anna.get(url)).body;
    const real = app.services.plans.addGoalArea.bind(app.services.plans);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    app.services.plans.addGoalArea = async () => {
      throw new PlanConflictError({ ...doc, canEdit: 'perhaps' });
    };
    try {
      const r = await anna.post(`${url}/goal-areas`, { key: 'rektorns-ansvar' }, { 'if-match': doc.etag });
      expect([r.status, r.body.error.code]).toEqual([500, 'RESPONSE_CONTRACT']);
      expect(r.body.error.details).toEqual([expect.objectContaining({ path: 'canEdit' })]);
    } finally {
      app.services.plans.addGoalArea = real;
      errors.mockRestore();
    }
  });

  it('answers 500 RESPONSE_CONTRACT when a field has the wrong type or is missing', async () => {
    const admin = await app.clientFor('Tomas Berg');
    const real = app.services.presets.list.bind(app.services.presets);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    app.services.presets.list = async () => (await real()).map(({ label: _label, ...p }) => ({ ...p, current: 'yes' })) as never;
    try {
      const r = await admin.get('/api/admin/presets');
      expect(r.status).toBe(500);
      expect(r.body.error.details.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['0.label', '0.current']));
    } finally {
      app.services.presets.list = real;
      errors.mockRestore();
    }
  });
});

describe('the response contract when switched off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SKA_CHECK_RESPONSES: 'false' });
  });
  afterAll(() => app.close());

  it('sends the answer as it is (production does not pay for the check)', async () => {
    const admin = await app.clientFor('Tomas Berg');
    const real = app.services.presets.list.bind(app.services.presets);
    app.services.presets.list = async () => (await real()).map((p) => ({ ...p, secret: 'x' }));
    const r = await admin.get('/api/admin/presets');
    app.services.presets.list = real;
    expect(r.status).toBe(200);
    expect(r.body[0].secret).toBe('x');
  });
});
