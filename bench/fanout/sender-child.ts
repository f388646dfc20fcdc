/**
 * The sender as its own process, as an app instance runs it: opens the SQLite store, drains the
 * outbox through the real BotFrameworkNotifier, and exits when nothing is left to send.
 * The bench kills it with SIGKILL midway and starts another.
 */
import { GraphHttp } from '../../src/adapters/graph/graph-http';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { randomUUID } from 'node:crypto';
import { GraphDeliveryProbe } from '../../bot/graph-delivery-probe';
import { createProactiveNotifier } from '../../bot/proactive-adapter';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { Directory } from '../../src/app/directory/directory';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import { OutboxSender } from '../../src/app/outbox/outbox-sender';
import { queryAll } from '../../src/app/ports/list-store';
import { Reach } from '../../src/app/outbox/reach';
import type { Notifier } from '../../src/app/ports/notifier';
import { SenderTrace } from './trace';

export const BENCH_LEASE_MS = 2500;

const latencies: number[] = [];
function traced(n: Notifier): Notifier {
  if (!process.env.FANOUT_TRACE) return n;
  return {
    send: async (r, m, meta) => {
      const t = performance.now();
      try {
        return await n.send(r, m, meta);
      } finally {
        latencies.push(performance.now() - t);
      }
    },
  };
}
const trace = new SenderTrace(`sender ${process.pid}`);

async function main() {
  const loadedAt = performance.now();
  const [dbPath, graphUrl] = process.argv.slice(2);
  const store = new SqliteListStore(dbPath);
  await store.ensureLists(LIST_SCHEMA);
  const traced_ = trace.store(store);
  const directory = new Directory(traced_);
  const outbox = new OutboxService(traced_, new SystemClock(), directory);
  const errors: string[] = [];
  const sender = new OutboxSender(
    {
      outbox,
      references: new Reach(traced_, directory),
      composer: trace.composer(new MessageComposer()),
      notifier: trace.notifier(traced(createProactiveNotifier({ appId: '', password: '', tenantId: '', type: 'MultiTenant' }))),
      // With "Graph" (here the fake connector's Graph side), an in-doubt message is looked up before it is resent.
      probe: graphUrl
        ? new GraphDeliveryProbe({
            http: new GraphHttp({ authProvider: new StaticTokenAuthProvider('bench-token'), hostRewrite: new URL(graphUrl).origin }),
            teamsAppId: 'bench-app',
          })
        : undefined,
      log: { info: () => undefined, error: (m, d) => errors.push(`${m} ${JSON.stringify(d)}`) },
    },
    // A short lease so a takeover after kill -9 comes within the run; the send timeout stays below it.
    {
      instanceId: `bench-${process.pid}-${randomUUID().slice(0, 6)}`,
      leaseMs: BENCH_LEASE_MS,
      sendTimeoutMs: 2000,
      pollMs: 200,
      concurrency: 16,
    },
  );
  if (process.env.FANOUT_TRACE)
    console.log(
      `  [sender ${process.pid}] start: modules loaded ${loadedAt.toFixed(0)} ms, ready ${performance.now().toFixed(0)} ms after the process began`,
    );
  process.send?.({ type: 'ready' });
  for (;;) {
    await sender.drain();
    const open = [...(await queryAll(store, 'outbox', { state: 'pending' })), ...(await queryAll(store, 'outbox', { state: 'sending' }))];
    if (open.length === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (latencies.length) {
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.floor(p * (latencies.length - 1))].toFixed(1);
    console.log(`  send latency ms: median ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)}, max ${q(1)}`);
  }
  trace.print();
  process.send?.({ type: 'done', stats: sender.stats, errors: errors.slice(0, 5) });
  await store.close();
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
