/**
 * Fan-out bench: 1,000 recipients, each with a stored conversation reference, one proactive
 * message each, through the real outbox and sender (SQLite store in a temp dir, the real
 * BotFrameworkNotifier) to a local fake Bot Connector that enforces Teams' limits.
 *   A: no faults.
 *   B: 2 % injected 429s, and the sender process killed with SIGKILL midway, then restarted.
 *   A2, B2: the same with two app instances (processes) on one store; only the lease holder sends,
 *   and B2 kills the leader.
 * Prints elapsed time against the rate-limit minimum (1,000 / 50 per second = 20 s), the ratio,
 * and exact duplicates and losses, counted by the outbox id each activity carries.
 *
 *   npx tsx bench/fanout/run.ts            (A, B, A2, B2)
 *   npx tsx bench/fanout/run.ts A          (one)
 *   FANOUT_TRACE=1 …                       each sender's seconds (trace.ts) and the connector's arrivals per second
 *   FANOUT_CPU_PROF=/tmp/prof …            a CPU profile of each sender process
 *   FANOUT_RECIPIENTS=500 …                fewer recipients
 * bench/fanout/pacer-sim.ts plays the pacer alone on virtual time (latency and stalls modelled).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { Directory } from '../../src/app/directory/directory';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { OutboxService } from '../../src/app/outbox/outbox';
import { toOutboxItem } from '../../src/app/outbox/outbox-items';
import { queryAll } from '../../src/app/ports/list-store';
import { busiestSecond, startLimitedConnector } from './fake-connector';
import { arrivalsPerSecond } from './trace';

const RECIPIENTS = Number(process.env.FANOUT_RECIPIENTS ?? 1000);
const APP_RATE = 50;
const MINIMUM_S = RECIPIENTS / APP_RATE;

interface Scenario {
  name: string;
  inject429: number;
  killMidway: boolean;
  /** A delivery probe (Graph, here the fake's Graph side) looks up in-doubt messages before resending. */
  probe: boolean;
  target: number;
  /** App instances sending from one store (each its own process); with 2, the leader is the one killed. */
  instances?: number;
}

const SCENARIOS: Record<string, Scenario> = {
  A: { name: 'A: no faults', inject429: 0, killMidway: false, probe: true, target: 1.03 },
  B: { name: 'B: 2 % injected 429s + kill -9 and restart midway', inject429: 0.02, killMidway: true, probe: true, target: 1.15 },
  // Informational: the same crash without Graph, where an in-doubt message can only be resent.
  C: { name: 'C: as B, without a delivery probe (no Graph)', inject429: 0.02, killMidway: true, probe: false, target: 1.15 },
  // Two instances on one store: only the lease holder sends (leader-lease.ts), so 50/s holds for both together.
  A2: { name: 'A2: two instances, no faults', inject429: 0, killMidway: false, probe: true, target: 1.03, instances: 2 },
  B2: {
    name: 'B2: two instances, 2 % injected 429s + kill -9 of the leader midway, restarted',
    inject429: 0.02,
    killMidway: true,
    probe: true,
    target: 1.15,
    instances: 2,
  },
};

async function seed(dbPath: string, serviceUrl: string): Promise<string[]> {
  const store = new SqliteListStore(dbPath);
  await store.ensureLists(LIST_SCHEMA);
  await store.createMany(
    'conversationReferences',
    Array.from({ length: RECIPIENTS }, (_, i) => ({
      key: `bench-ref-${i}`,
      fields: {
        userKey: `bench-user-${i}`,
        personId: `bench-${i}`,
        reference: JSON.stringify({
          serviceUrl,
          channelId: 'msteams',
          conversation: { id: `a:bench-${i}`, conversationType: 'personal' },
          user: { id: `29:bench-${i}`, aadObjectId: `aad-bench-${i}` },
          bot: { id: '28:ska-bot' },
        }),
        updatedAt: new Date().toISOString(),
      },
    })),
  );
  const outbox = new OutboxService(store, new SystemClock(), new Directory(store));
  const { ids } = await outbox.enqueue(
    Array.from({ length: RECIPIENTS }, (_, i) => ({
      key: `bench:${i}`,
      personId: `bench-${i}`,
      kind: 'notice' as const,
      payload: { title: 'Påminnelse', text: `Meddelande ${i} från fan-out-testet.` },
      source: 'bench',
    })),
  );
  await store.close();
  return ids;
}

/**
 * The sender child, bundled once before the runs (esbuild): a restarted process is then up in
 * about half a second instead of the second tsx needs to load botbuilder from TypeScript sources.
 */
type ChildEntry = { file: string; execArgv: string[] };
let childEntry: ChildEntry = { file: join(__dirname, 'sender-child.ts'), execArgv: ['--import', 'tsx'] };
let instanceEntry: ChildEntry = { file: join(__dirname, 'instance-child.ts'), execArgv: ['--import', 'tsx'] };

/** Bundles `<name>-child.ts` into node_modules/.cache; falls back to running it through tsx. */
async function bundled(name: 'sender' | 'instance', fallback: ChildEntry): Promise<ChildEntry> {
  try {
    const { build, stop } = await import('esbuild');
    // One folder per checkout: worktrees share node_modules (a symlink), and two benches at once must not swap bundles.
    const checkout = createHash('sha1').update(__dirname).digest('hex').slice(0, 8);
    const outfile = join(__dirname, '..', '..', 'node_modules', '.cache', 'ska-bench', checkout, `${name}-child.cjs`);
    await build({
      entryPoints: [join(__dirname, `${name}-child.ts`)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      external: ['better-sqlite3'],
      logLevel: 'error',
    });
    await stop();
    return { file: outfile, execArgv: [] };
  } catch (err) {
    console.log(`  (could not bundle the ${name}, running it through tsx: ${err instanceof Error ? err.message : String(err)})`);
    return fallback;
  }
}
const bundleChild = async () => void (childEntry = await bundled('sender', childEntry));
const bundleInstance = async () => void (instanceEntry = await bundled('instance', instanceEntry));

/** FANOUT_CPU_PROF=dir: each sender process writes a CPU profile there (node --cpu-prof). */
const profArgs = process.env.FANOUT_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.FANOUT_CPU_PROF}`] : [];

interface Running {
  child: ChildProcess;
  ready: Promise<void>;
  done: Promise<{ code: number | null; stats?: unknown }>;
  /** Became the lease holder (two-instance runs). */
  leads: boolean;
}

function startInstance(dbPath: string, graphUrl?: string): Running {
  const child = fork(instanceEntry.file, graphUrl ? [dbPath, graphUrl] : [dbPath], {
    execArgv: [...instanceEntry.execArgv, ...profArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const running: Running = { child, leads: false, ready: undefined!, done: undefined! };
  let stats: unknown;
  running.ready = new Promise<void>((resolve) => child.on('message', (m: any) => m?.type === 'ready' && resolve()));
  child.on('message', (m: any) => {
    if (m?.type === 'leader') running.leads = true;
    if (m?.type === 'done') stats = m.stats;
  });
  running.done = new Promise((resolve) => child.on('exit', (code) => resolve({ code, stats })));
  return running;
}

/** Two instances from the start; the leader killed midway (SIGKILL) and a new instance started in its place. */
async function runInstances(
  s: Scenario,
  dbPath: string,
  graphUrl: string | undefined,
  connector: Awaited<ReturnType<typeof startLimitedConnector>>,
) {
  const all = Array.from({ length: s.instances ?? 2 }, () => startInstance(dbPath, graphUrl));
  if (s.killMidway) {
    while (!connector.stats.firstRequestAt) await new Promise((r) => setTimeout(r, 5));
    const killAt = connector.stats.firstRequestAt + MINIMUM_S * 1000 * (0.4 + Math.random() * 0.2);
    await new Promise((r) => setTimeout(r, Math.max(0, killAt - Date.now())));
    const leader = all.find((r) => r.leads) ?? all[0];
    leader.child.kill('SIGKILL');
    const killedAt = Date.now();
    const acceptedAtKill = connector.stats.accepted;
    await leader.done;
    if (process.env.FANOUT_TRACE) {
      const store = new SqliteListStore(dbPath);
      await store.ensureLists(LIST_SCHEMA);
      const [row] = await queryAll(store, 'settings', { name: 'leaderLease' });
      await store.close();
      const lastArrival = Math.max(...connector.stats.arrivals.map((a) => a.at));
      console.log(
        `  killed at ${killedAt}, last arrival ${lastArrival - killedAt} ms, lease row then: ${String(row?.fields.value)} (until − kill ${JSON.parse(String(row?.fields.value)).until - killedAt} ms)`,
      );
    }
    console.log(
      `  killed the leader (SIGKILL) after ${acceptedAtKill} deliveries; the other instance takes over when the lease (0.7 s, renewed every 0.2 s: instance-child.ts) runs out`,
    );
    all.push(startInstance(dbPath, graphUrl));
    void (async () => {
      while (connector.stats.accepted === acceptedAtKill) await new Promise((r) => setTimeout(r, 2));
      console.log(`  sending again ${((Date.now() - killedAt) / 1000).toFixed(2)} s after the kill`);
    })();
  }
  const results = await Promise.all(all.map((r) => r.done));
  if (results.some((r, i) => r.code !== 0 && !(s.killMidway && all[i].child.signalCode === 'SIGKILL')))
    throw new Error('an instance failed');
}

function startChild(
  dbPath: string,
  graphUrl?: string,
): { child: ChildProcess; ready: Promise<void>; done: Promise<{ code: number | null; stats?: unknown }> } {
  const child = fork(childEntry.file, graphUrl ? [dbPath, graphUrl] : [dbPath], {
    execArgv: [...childEntry.execArgv, ...profArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stats: unknown;
  const ready = new Promise<void>((resolve) => child.on('message', (m: any) => m?.type === 'ready' && resolve()));
  child.on('message', (m: any) => {
    if (m?.type === 'done') stats = m.stats;
  });
  const done = new Promise<{ code: number | null; stats?: unknown }>((resolve) => child.on('exit', (code) => resolve({ code, stats })));
  return { child, ready, done };
}

async function run(s: Scenario) {
  const dir = mkdtempSync(join(tmpdir(), 'ska-fanout-'));
  const dbPath = join(dir, 'ska.db');
  const users = new Map(Array.from({ length: RECIPIENTS }, (_, i) => [`aad-bench-${i}`, `a:bench-${i}`]));
  const connector = await startLimitedConnector({ inject429: s.inject429, users });
  const graphUrl = s.probe ? `${connector.url}/v1.0` : undefined;
  const ids = await seed(dbPath, connector.url);
  console.log(`\n${s.name}`);

  const wallStart = Date.now();
  if (s.instances) {
    await runInstances(s, dbPath, graphUrl, connector);
    return report(s, dir, dbPath, ids, connector, wallStart, 0);
  }
  let first = startChild(dbPath, graphUrl);
  let killedAt: number | undefined;
  let inDoubtAtKill = 0;
  if (s.killMidway) {
    // Kill at a random moment in the middle of the run (by the clock, not on a delivery).
    while (!connector.stats.firstRequestAt) await new Promise((r) => setTimeout(r, 5));
    const killAt = connector.stats.firstRequestAt + MINIMUM_S * 1000 * (0.4 + Math.random() * 0.2);
    await new Promise((r) => setTimeout(r, Math.max(0, killAt - Date.now())));
    first.child.kill('SIGKILL');
    killedAt = Date.now();
    await first.done;
    const store = new SqliteListStore(dbPath);
    await store.ensureLists(LIST_SCHEMA);
    inDoubtAtKill = (await queryAll(store, 'outbox', { state: 'sending' })).length;
    await store.close();
    console.log(
      `  killed the sender (SIGKILL) after ${connector.stats.accepted} deliveries; ${inDoubtAtKill} item(s) were mid-send (in doubt)`,
    );
    const acceptedAtKill = connector.stats.accepted;
    first = startChild(dbPath, graphUrl);
    void first.ready.then(async () => {
      const readyAt = Date.now();
      while (connector.stats.accepted === acceptedAtKill) await new Promise((r) => setTimeout(r, 2));
      console.log(
        `  restart: new sender ready ${((readyAt - killedAt!) / 1000).toFixed(2)} s after the kill, sending again after ${((Date.now() - killedAt!) / 1000).toFixed(2)} s`,
      );
    });
  }
  if (process.env.FANOUT_TRACE) {
    const probe = new SqliteListStore(dbPath);
    await probe.ensureLists(LIST_SCHEMA);
    const samples: number[] = [];
    const timer = setInterval(async () => samples.push((await queryAll(probe, 'outbox', { state: 'sending' })).length), 37);
    await first.done;
    clearInterval(timer);
    console.log(
      '  sending-state samples:',
      JSON.stringify(samples.reduce<Record<number, number>>((a, n) => ((a[n] = (a[n] ?? 0) + 1), a), {})),
    );
    await probe.close();
  }
  const result = await first.done;
  if (result.code !== 0) throw new Error(`sender exited with ${result.code}`);
  void killedAt;
  return report(s, dir, dbPath, ids, connector, wallStart, inDoubtAtKill);
}

async function report(
  s: Scenario,
  dir: string,
  dbPath: string,
  ids: string[],
  connector: Awaited<ReturnType<typeof startLimitedConnector>>,
  wallStart: number,
  inDoubtAtKill: number,
) {
  const wall = (Date.now() - wallStart) / 1000;

  const store = new SqliteListStore(dbPath);
  await store.ensureLists(LIST_SCHEMA);
  const items = (await queryAll(store, 'outbox')).map(toOutboxItem);
  await store.close();
  const st = connector.stats;
  const duplicates = [...st.deliveries.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0);
  const losses = ids.filter((id) => !st.deliveries.has(id)).length;
  const elapsed = (st.lastAcceptedAt - st.firstRequestAt) / 1000;
  const ratio = elapsed / MINIMUM_S;
  const states = items.reduce<Record<string, number>>((acc, i) => ((acc[i.state] = (acc[i.state] ?? 0) + 1), acc), {});
  console.log(`  requests ${st.requests}: delivered ${st.accepted}, 429 by the limits ${st.limited}, 429 injected ${st.injected}`);
  const inDoubt = items.filter((i) => i.inDoubt);
  console.log(
    `  outbox states: ${JSON.stringify(states)}; in doubt after the kill: ${inDoubt.length} (${s.probe ? `looked up with the probe, ${connector.graphReads.count} Graph reads` : 'no probe: resent'})`,
  );
  console.log(
    `  elapsed ${elapsed.toFixed(2)} s (first request → last delivery; wall clock incl. process start ${wall.toFixed(2)} s) vs minimum ${MINIMUM_S.toFixed(2)} s`,
  );
  console.log(
    `  ratio ${ratio.toFixed(3)} (target ≤ ${s.target})  duplicates ${duplicates}  losses ${losses}  busiest second ${busiestSecond(st.arrivals.map((a) => a.at))} requests`,
  );
  if (process.env.FANOUT_TRACE) for (const line of arrivalsPerSecond(st.arrivals.map((a) => a.at))) console.log(line);
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
  return { name: s.name, elapsed, ratio, duplicates, losses, ok: ratio <= s.target && duplicates === 0 && losses === 0, inDoubtAtKill };
}

async function main() {
  const which = process.argv.slice(2).filter((a) => SCENARIOS[a]);
  await bundleChild();
  await bundleInstance();
  const results = [];
  for (const key of which.length ? which : ['A', 'B', 'A2', 'B2']) results.push(await run(SCENARIOS[key]));
  console.log('\nsummary');
  for (const r of results) {
    console.log(
      `  ${r.name}: ${r.elapsed.toFixed(2)} s, ${r.ratio.toFixed(3)}× the minimum, ${r.duplicates} duplicates, ${r.losses} losses — ${r.ok ? 'within target' : 'OUTSIDE TARGET'}`,
    );
  }
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
