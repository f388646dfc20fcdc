/**
 * One server for bench/survey, in its own process, so the load generator (autocannon, in the
 * parent) measures the server and not itself. `app`: the whole app on a fresh SQLite store
 * (WAL: every answer's commit flushed to disk before "Tack!", group commits, the flush on the
 * thread pool, see src/adapters/sqlite/wal-sync.ts), a round
 * open, the school units' codes. `bare`: a restify handler that reads the JSON body and answers
 * 201, started the same way. Prints one JSON line when ready; stops on SIGTERM, printing the
 * writer's figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import restify from 'restify';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { FixedClock } from '../../src/adapters/system/system-clock';
import { composeApp } from '../../src/compose';
import { parseConfig } from '../../src/config';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

/**
 * Started with an IPC channel (bench/survey/ab.ts): a message "probe" is answered with what the
 * process has used so far (event loop busy and idle ms, CPU) and the app's own figures, so a run
 * can be measured from outside without a request of its own.
 */
function answerProbes(figures: () => Record<string, unknown> = () => ({})) {
  process.on('message', (m) => {
    if (m !== 'probe') return;
    const elu = performance.eventLoopUtilization();
    process.send?.({ probe: { activeMs: elu.active, idleMs: elu.idle, cpu: process.cpuUsage(), ...figures() } });
  });
}

async function bare() {
  answerProbes();
  const server = restify.createServer();
  server.post('/bare', async (req, res) => {
    // Read and parse the body the way the survey route does (plain stream events), then answer.
    const text = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('error', reject);
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    JSON.parse(text);
    res.send(201, { message: 'Tack för dina svar!' });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  console.log(JSON.stringify({ ready: true, base: `http://127.0.0.1:${port}`, paths: ['/bare'] }));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

async function app() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ska-bench-survey-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = parseConfig({
    SKA_STAGE: 'test',
    SKA_CHECK_RESPONSES: 'false',
    PORT: String(port),
    SKA_PUBLIC_URL: base,
    SKA_DATA_DIR: dataDir,
    SKA_SURVEY_RATE_PER_MINUTE: '100000000',
  });
  // BENCH_SURVEY_PACKING (JSON): other packing options than the store's own, to compare variants in one run.
  const packing = process.env.BENCH_SURVEY_PACKING ? JSON.parse(process.env.BENCH_SURVEY_PACKING) : undefined;
  // BENCH_FLUSHES_AT_ONCE: the store's WAL flushes in flight at once (FLUSHES_AT_ONCE when unset).
  const flushesAtOnce = Number(process.env.BENCH_FLUSHES_AT_ONCE) || undefined;
  const composed = await composeApp(config, {
    ...(packing ? { surveyPacking: packing } : {}),
    ...(flushesAtOnce ? { store: new SqliteListStore(join(dataDir, 'ska.db'), { flushesAtOnce }) } : {}),
    clock: new FixedClock(new Date('2026-10-15T10:00:00+02:00')),
    log: { info: () => undefined, error: (m, d) => console.error(m, d) },
  });
  await new Promise<void>((r) => composed.server.listen(port, '127.0.0.1', () => r()));
  const { directory, surveys } = composed.services;
  const [organiser] = (await directory.people()).filter((p) => p.appRoles.includes('organiser'));
  const actor = await directory.actorFor(organiser);
  const round = await surveys.createRound(actor, {
    schoolYear: '2026/27',
    period: 'autumn',
    opensOn: '2026-10-01',
    closesOn: '2026-10-31',
  });
  await surveys.setStatus(actor, round.id, 'open');
  const schoolUnits = (await directory.allUnits()).filter((u) => u.schoolForm !== 'preschool' && u.schoolForm !== 'preschoolClass');
  const codes = await Promise.all(schoolUnits.map(async (u) => (await surveys.linkFor(actor, u.id, round.id)).code));
  const walSync = (composed.services.store as { walSync?: { flushes: number; flushMs: number } }).walSync;
  answerProbes(() => ({ ...composed.surveyWriter.stats, flushes: walSync?.flushes ?? 0, flushMs: walSync?.flushMs ?? 0 }));
  console.log(JSON.stringify({ ready: true, base, paths: codes.map((c) => `/s/${c}`) }));
  process.on('SIGTERM', async () => {
    await new Promise<void>((r) => composed.server.close(() => r()));
    await composed.close();
    console.log(JSON.stringify({ writer: { ...composed.surveyWriter.stats, flushes: walSync?.flushes, flushMs: walSync?.flushMs } }));
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

(process.argv[2] === 'bare' ? bare() : app()).catch((e) => {
  console.error(e);
  process.exit(1);
});
