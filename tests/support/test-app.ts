import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp, type Overrides } from '../../src/compose';
import { parseConfig } from '../../src/config';
import { devToken } from './dev-login';
import { client } from './http';

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** A moment in the demo's current school year (2026/27), in Swedish time. */
export const DEMO_NOW = new Date('2026-11-23T10:00:00+01:00');

const quiet = { info: () => undefined, error: (m: string, d?: Record<string, unknown>) => console.error(m, d) };

/**
 * Starts the whole app on a free port with a fresh SQLite store and the demo data,
 * exactly as `npm start` composes it. Call close() in afterAll.
 */
/** A free port on loopback, so the app's public URL (links in cards, QR codes, pages) is the real one. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startTestApp(env: Record<string, string> = {}, overrides: Overrides = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-test-'));
  const free = await freePort();
  const config = parseConfig({
    SKA_STAGE: 'test',
    PORT: String(free),
    SKA_PUBLIC_URL: `http://127.0.0.1:${free}`,
    SKA_DATA_DIR: dataDir,
    ...env,
  });
  const clock = new FixedClock(DEMO_NOW);
  const app = await composeApp(config, { clock, log: quiet, ...overrides });
  await new Promise<void>((resolve) => app.server.listen(free, '127.0.0.1', () => resolve()));
  const port = (app.server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  const tokenFor = (displayName: string) => devToken(baseUrl, displayName);
  /** The person's own JSON client over HTTP, with the token the tab would have. */
  const clientFor = async (displayName: string) => client(baseUrl, await tokenFor(displayName));

  async function unitId(name: string): Promise<string> {
    const units = await app.services.directory.allUnits();
    const unit = units.find((u) => u.name === name);
    if (!unit) throw new Error(`No demo unit ${name}`);
    return unit.id;
  }

  return {
    ...app,
    baseUrl,
    port,
    dataDir,
    clock,
    tokenFor,
    clientFor,
    unitId,
    async close() {
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
