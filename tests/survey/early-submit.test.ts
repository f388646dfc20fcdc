/**
 * POST /s/{code} is served from restify's first hook (src/http/early-routes.ts), before restify's
 * chain: the same answers as through restify, over real HTTP — stored with "Tack!", errors with
 * their status, stable code and Swedish message, the server's name, and the other routes untouched.
 */
import { client } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { openRoundWithLink } from '../support/survey-round';

let app: TestApp;
let code: string;
let roundId: string;
const answers = { t1: 3, l1: 4, d1: 2 };
const own = () => ({ origin: app.services.config.publicUrl });
const stored = async () =>
  (await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items.reduce((n, p) => n + Number(p.fields.count), 0);

beforeAll(async () => {
  app = await startTestApp({ SKA_SURVEY_PACK_HOLD_MS: '0' });
  ({ roundId, code } = await openRoundWithLink(app));
});
afterAll(() => app.close());

describe('the answer, served before restify chain', () => {
  it('stores the answer and says Tack!, with the headers restify gave', async () => {
    const res = await client(app.baseUrl).post(`/s/${code}?from=qr`, { answers, deviceToken: 'early-device-0000000001' }, own());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ message: 'Tack för dina svar!' });
    expect(res.headers.get('server')).toBe('ska-i-teams');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await stored()).toBe(1);
  });

  it('answers errors as restify did: status, code, Swedish message, correlation id, JSON', async () => {
    const cases: [string, Record<string, string>, unknown, number, string][] = [
      [`/s/${code}`, { origin: 'https://elsewhere.example' }, { answers }, 403, 'FORBIDDEN'],
      ['/s/too-short', own(), { answers }, 404, 'NOT_FOUND'],
      [`/s/${code}`, own(), '{"answers":', 400, 'MALFORMED_JSON'],
      [`/s/${code}`, own(), { answers: { t1: 'mycket' }, deviceToken: 'early-device-0000000002' }, 400, 'VALIDATION_FAILED'],
      [`/s/${code}`, own(), { answers, deviceToken: 'early-device-0000000001' }, 409, 'SURVEY_ALREADY_ANSWERED'],
    ];
    for (const [path, headers, body, status, errorCode] of cases) {
      const res = await client(app.baseUrl).post(path, body, headers);
      expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({ path, status, code: errorCode });
      expect(res.body.error.message).toMatch(/[a-zåäö]/);
      expect(res.body.error.correlationId).toEqual(expect.any(String));
      expect(res.headers.get('x-correlation-id')).toBe(res.body.error.correlationId);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
    expect(await stored()).toBe(1);
  });

  it('leaves every other request to restify: the form, the page, and a path restify normalises', async () => {
    expect((await client(app.baseUrl).get(`/s/${code}/form`)).status).toBe(200);
    expect((await client(app.baseUrl).post(`//s/${code}`, { answers, deviceToken: 'early-device-0000000003' }, own())).status).toBe(201);
    expect(await stored()).toBe(2);
  });
});
