/**
 * Issue 12.3: POST /s/{code} is not a public ballot box. Each attack of the issue, tried over
 * real HTTP: another site's page submitting, one client blocking a class, answering again
 * without a token, and "once per device" forgotten on restart or on the other instance.
 */
import { request } from 'node:http';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/test-app';
import { openRoundWithLink } from '../support/survey-round';

let app: TestApp;
let code: string;
let roundId: string;
const answers = { t1: 3, l1: 4, d1: 2 };
const token = (i: number | string) => `ballot-device-${i}-0123456789`;

/** A POST from a given local address (127.0.0.0/8 is all loopback), so the server sees different clients. */
function postFrom(
  localAddress: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, app.baseUrl);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const own = () => ({ 'content-type': 'application/json', origin: app.services.config.publicUrl });
const stored = async () =>
  (await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items.reduce((n, p) => n + Number(p.fields.count), 0);

beforeAll(async () => {
  // 30 a minute per link: a client's share is 10.
  app = await startTestApp({ SKA_SURVEY_RATE_PER_MINUTE: '30', SKA_SURVEY_PACK_HOLD_MS: '0' });
  ({ roundId, code } = await openRoundWithLink(app));
});
afterAll(() => app.close());

describe('only the survey page may submit', () => {
  it('refuses text/plain and form bodies (what any web page can send without asking) with 415', async () => {
    const json = JSON.stringify({ answers, deviceToken: token('plain') });
    const plain = await postFrom('127.0.0.1', `/s/${code}`, { 'content-type': 'text/plain', origin: app.services.config.publicUrl }, json);
    expect(plain.status).toBe(415);
    expect(plain.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Svaren skickas som JSON.' });
    const form = await postFrom(
      '127.0.0.1',
      `/s/${code}`,
      { 'content-type': 'application/x-www-form-urlencoded', origin: app.services.config.publicUrl },
      `answers=${encodeURIComponent(json)}`,
    );
    expect(form.status).toBe(415);
    expect(await stored()).toBe(0);
  });

  it('refuses a foreign Origin, and none, with 403', async () => {
    const body = JSON.stringify({ answers, deviceToken: token('origin') });
    const foreign = await postFrom('127.0.0.1', `/s/${code}`, { 'content-type': 'application/json', origin: 'https://evil.example' }, body);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toBe('Svaren tas bara emot från enkätens egen sida.');
    expect((await postFrom('127.0.0.1', `/s/${code}`, { 'content-type': 'application/json' }, body)).status).toBe(403);
    expect(await stored()).toBe(0);
    expect((await postFrom('127.0.0.1', `/s/${code}`, own(), body)).status).toBe(201);
  });

  it('requires the device token', async () => {
    const res = await postFrom('127.0.0.1', `/s/${code}`, own(), JSON.stringify({ answers }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('SURVEY_DEVICE_TOKEN_REQUIRED');
  });
});

describe('one phone cannot block a class', () => {
  it('limits the hammering client (whatever tokens it makes up) and the next child still answers', async () => {
    const results: number[] = [];
    for (let i = 0; i < 40; i++)
      results.push(
        (await postFrom('127.0.0.2', `/s/${code}`, own(), JSON.stringify({ answers, deviceToken: token(`hammer-${i}`) }))).status,
      );
    expect(results.filter((s) => s === 201).length).toBeLessThanOrEqual(10);
    expect(results.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    for (let child = 0; child < 5; child++) {
      expect(
        (await postFrom(`127.0.0.${10 + child}`, `/s/${code}`, own(), JSON.stringify({ answers, deviceToken: token(`child-${child}`) })))
          .status,
      ).toBe(201);
    }
  });
});

describe('once per device, durably and on every instance', () => {
  it('is remembered by a second instance on the same store and after a restart, storing no token', async () => {
    const body = JSON.stringify({ answers, deviceToken: token('shared') });
    expect((await postFrom('127.0.0.20', `/s/${code}`, own(), body)).status).toBe(201);

    const openSecond = async () => {
      const config = parseConfig({
        SKA_STAGE: 'test',
        PORT: '0',
        SKA_PUBLIC_URL: app.services.config.publicUrl,
        SKA_DATA_DIR: app.dataDir,
        SKA_SURVEY_PACK_HOLD_MS: '0',
      });
      const second = await composeApp(config, { clock: new FixedClock(DEMO_NOW), log: { info: () => undefined, error: () => undefined } });
      return second;
    };
    const second = await openSecond();
    try {
      await expect(second.services.surveys.submit(code, { answers, deviceToken: token('shared') })).rejects.toMatchObject({
        code: 'SURVEY_ALREADY_ANSWERED',
      });
      await second.services.surveys.submit(code, { answers, deviceToken: token('on-second') });
    } finally {
      await second.close();
    }
    // The first instance learns the second's devices from the store (read at most every 30 s).
    const restarted = await openSecond();
    try {
      await expect(restarted.services.surveys.submit(code, { answers, deviceToken: token('on-second') })).rejects.toMatchObject({
        code: 'SURVEY_ALREADY_ANSWERED',
      });
      await expect(restarted.services.surveys.submit(code, { answers, deviceToken: token('shared') })).rejects.toMatchObject({
        code: 'SURVEY_ALREADY_ANSWERED',
      });
    } finally {
      await restarted.close();
    }
    const everything = JSON.stringify((await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items);
    expect(everything).not.toContain(token('shared'));
    expect(everything).not.toContain(token('on-second'));
  });

  it('deletes the round key when the round closes, so no token can be matched to a hash any more', async () => {
    const [key] = (await app.services.store.query('surveyRoundKeys', { where: { roundId } })).items;
    const { createHmac } = await import('node:crypto');
    const hashes = (await app.services.store.query('surveyAnswerPacks', { where: { roundId } })).items.flatMap((p) =>
      p.fields.hashes ? JSON.parse(String(p.fields.hashes)) : [],
    );
    // While open, whoever holds the key and a phone could find the phone's hash among them…
    expect(hashes).toContain(createHmac('sha256', String(key.fields.secret)).update(token('shared')).digest('base64url'));
    const erik = await app.clientFor('Erik Lund');
    await erik.post(`/api/survey/rounds/${roundId}/status`, { status: 'closed' });
    // …after close there is no key left to do it with.
    expect((await app.services.store.query('surveyRoundKeys', { where: { roundId } })).items).toHaveLength(0);
    expect(await stored()).toBeGreaterThan(0); // the answers stay
  });
});
