import { ConfigError, parseConfig } from '../../src/config';
import { startTestApp } from '../support/test-app';

describe('configuration', () => {
  it('defaults to the embedded store and the dev identity on port 3978', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 3978, dataDir: 'data', store: 'sqlite', auth: 'dev', stage: 'local', seedDemo: true });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('takes SKA_PLAYGROUND_USER on the local and test stages only', () => {
    expect(parseConfig({ SKA_STAGE: 'local', SKA_PLAYGROUND_USER: 'anna.berg@sjovik.example' }).playgroundUser).toBe(
      'anna.berg@sjovik.example',
    );
    expect(parseConfig({ SKA_STAGE: 'test' }).playgroundUser).toBeUndefined();
    expect(() =>
      parseConfig({
        SKA_STAGE: 'production',
        SKA_AUTH: 'entra',
        BOT_ID: 'x',
        AAD_APP_CLIENT_ID: 'a',
        AAD_ALLOWED_TENANTS: 't',
        SKA_PLAYGROUND_USER: 'x',
      }),
    ).toThrow(/SKA_PLAYGROUND_USER.*not production/);
    expect(() => parseConfig({ SKA_STAGE: 'dev', SKA_PLAYGROUND_USER: 'x' })).toThrow(ConfigError);
  });

  it('refuses the dev identity in production', () => {
    expect(() => parseConfig({ SKA_STAGE: 'production', SKA_AUTH: 'dev', BOT_ID: 'x' })).toThrow(ConfigError);
    expect(() => parseConfig({ SKA_STAGE: 'production', SKA_AUTH: 'dev', BOT_ID: 'x' })).toThrow(/cannot be enabled in production/);
  });

  it('refuses production without a bot id, and bad values', () => {
    expect(() => parseConfig({ SKA_STAGE: 'production', SKA_AUTH: 'entra' })).toThrow(/BOT_ID/);
    expect(() => parseConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseConfig({ SKA_STORE: 'mongo' })).toThrow(/SKA_STORE/);
  });

  it('mounts the dev identity routes with SKA_AUTH=dev, under the devOnly policy', async () => {
    const app = await startTestApp();
    try {
      expect(app.policies.get('GET /dev/users')).toEqual({ kind: 'devOnly' });
      expect(app.policies.get('POST /dev/login')).toEqual({ kind: 'devOnly' });
    } finally {
      await app.close();
    }
  });
});

describe('SKA_SEED_DEMO', () => {
  it('seeds the year in progress for npm start, the basic start for tests, and a bare one on request', () => {
    expect(parseConfig({})).toMatchObject({ seedDemo: true, demoSeed: 'year' });
    expect(parseConfig({ SKA_STAGE: 'test' })).toMatchObject({ seedDemo: true, demoSeed: 'basic' });
    expect(parseConfig({ SKA_SEED_DEMO: 'empty' })).toMatchObject({ seedDemo: true, demoSeed: 'empty' });
    expect(parseConfig({ SKA_STAGE: 'test', SKA_SEED_DEMO: 'year' })).toMatchObject({ demoSeed: 'year' });
    expect(parseConfig({ SKA_SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => parseConfig({ SKA_SEED_DEMO: 'maybe' })).toThrow(/SKA_SEED_DEMO/);
  });
});
