/**
 * The server side of bench/overview, in its own process: the app composed on the bench's data
 * directory exactly as `npm start` does (no seed), or a bare restify handler answering the same
 * body, the baseline. Tells the parent its port (and an organiser's token) over IPC when listening.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';

import { BENCH_NOW } from './bench-clock';

async function app(dataDir: string) {
  const config = parseConfig({ SKA_STAGE: 'test', SKA_CHECK_RESPONSES: 'false', SKA_DATA_DIR: dataDir, SKA_SEED_DEMO: 'false' });
  const composed = await composeApp(config, {
    clock: new FixedClock(BENCH_NOW),
    log: { info: () => undefined, error: console.error },
    background: { scheduler: false, sender: false },
  });
  await new Promise<void>((r) => composed.server.listen(0, '127.0.0.1', () => r()));
  const person = (await composed.services.directory.people()).find((p) => p.appRoles.includes('organiser'))!;
  const token = await composed.services.devIdentity!.issue(person.id, ['organiser'], person.displayName);
  return { port: (composed.server.address() as AddressInfo).port, token };
}

async function bare(bodyFile: string) {
  const body = readFileSync(bodyFile, 'utf8');
  const server = restify.createServer();
  server.get('/api/overview/:year', async (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.sendRaw(200, body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { port: (server.address() as AddressInfo).port, token: 'bare' };
}

const [mode, arg] = process.argv.slice(2);
(mode === 'bare' ? bare(arg) : app(arg ?? join(process.cwd(), 'data')))
  .then((ready) => process.send?.({ type: 'ready', ...ready }))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
