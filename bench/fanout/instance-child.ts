/**
 * An app instance's background work as its own process, for the two-instance runs: the leader
 * lease, the leader loop and the sender over the shared SQLite file, as composeApp wires them.
 * Only the lease holder sends. Tells the bench when it leads; exits when nothing is left to send.
 * Times are scaled down (lease 1.5 s instead of 30 s) so a takeover after kill -9 fits a 20 s run.
 */
import { randomUUID } from 'node:crypto';
import { GraphDeliveryProbe } from '../../bot/graph-delivery-probe';
import { GraphHttp } from '../../src/adapters/graph/graph-http';
import { StaticTokenAuthProvider } from '../../src/adapters/graph/msal-app-only-auth';
import { createProactiveNotifier } from '../../bot/proactive-adapter';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { BackgroundWork } from '../../src/app/year/background-work';
import { Directory } from '../../src/app/directory/directory';
import { LeaderLease } from '../../src/app/year/leader-lease';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import { OutboxSender, realTimer, type SendGate } from '../../src/app/outbox/outbox-sender';
import { Reach } from '../../src/app/outbox/reach';
import { SenderTrace } from './trace';

/** As sender-child.ts: a short item claim so a takeover after kill -9 comes within the run. */
const BENCH_LEASE_MS = 2500;

/**
 * The leader's lease as short as a store at 100 ms a request allows: written every 200 ms (a
 * renewal noticed within 100 ms, then 300–400 ms before the fence for a write, or a 412, a read
 * and a write again); 100 ms of clock skew and 100 ms for a request to reach the connector.
 */
const BENCH_LEASE = { busyLeaseMs: 700, renewEveryMs: 200, graceMs: 500, skewMs: 100, flightMs: 100 };

async function main() {
  const [dbPath, graphUrl] = process.argv.slice(2);
  const store = new SqliteListStore(dbPath);
  await store.ensureLists(LIST_SCHEMA);
  const trace = new SenderTrace(`instance ${process.pid}`);
  const traced = trace.store(store);
  const directory = new Directory(traced);
  const outbox = new OutboxService(traced, new SystemClock(), directory);
  const instanceId = `bench-${process.pid}-${randomUUID().slice(0, 6)}`;
  const log = { info: () => undefined, error: () => undefined };
  const gate: SendGate = { acquire: () => work.gate.acquire(), holds: () => work.gate.holds() };
  const sender: OutboxSender = new OutboxSender(
    {
      outbox,
      references: new Reach(traced, directory),
      composer: trace.composer(new MessageComposer()),
      notifier: trace.notifier(createProactiveNotifier({ appId: '', password: '', tenantId: '', type: 'MultiTenant' })),
      probe: graphUrl
        ? new GraphDeliveryProbe({
            http: new GraphHttp({ authProvider: new StaticTokenAuthProvider('bench-token'), hostRewrite: new URL(graphUrl).origin }),
            teamsAppId: 'bench-app',
          })
        : undefined,
      log,
      gate,
    },
    { instanceId, leaseMs: BENCH_LEASE_MS, sendTimeoutMs: 2000, pollMs: 200, concurrency: 16 },
  );
  const lease = new LeaderLease(store, realTimer, { instanceId, ...BENCH_LEASE });
  const work: BackgroundWork = new BackgroundWork({ lease, sender, timer: realTimer, log }, { idleMaxMs: 1000 });
  let tookOverAt: number | undefined;
  /** How close the renewals landed to the fence they moved on (ms left; ≤ 0: the sender stood still). */
  const renewals = { count: 0, minLeftMs: Infinity, late: 0 };
  if (process.env.FANOUT_TRACE) {
    const renew = lease.renewBusy.bind(lease);
    const fence = () => (lease as unknown as { heldUntil: number }).heldUntil;
    lease.renewBusy = async () => {
      const before = fence();
      const r = await renew();
      const left = before - realTimer.now();
      renewals.count += 1;
      renewals.minLeftMs = Math.min(renewals.minLeftMs, left);
      if (left <= 0) renewals.late += 1;
      return r;
    };
    const told = lease.onTakeover;
    lease.onTakeover = (othersUntil) => {
      const now = realTimer.now();
      tookOverAt = Date.now();
      console.log(
        `  [instance ${process.pid}] took the lease over at ${now.toFixed(0)}; the old holder's requests at Teams by ${(othersUntil - now).toFixed(0)} ms from then`,
      );
      told(othersUntil);
    };
  }
  work.start();
  process.send?.({ type: 'ready' });
  let terms = 0;
  let looks = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    if (work.stats.terms !== terms) {
      terms = work.stats.terms;
      process.send?.({ type: 'leader', instanceId });
    }
    if (++looks % 5) continue; // a look at the store every half second: cheap next to the sending
    const open = (
      await store.queryMany([
        { list: 'outbox', where: { state: 'pending' } },
        { list: 'outbox', where: { state: 'sending' } },
      ])
    ).flat();
    if (open.length === 0) break;
  }
  await work.stop();
  if (trace.enabled && tookOverAt !== undefined && trace.first.sentAt)
    console.log(
      `  [instance ${process.pid}] after the takeover: first card composed +${(trace.first.composedAt ?? NaN) - tookOverAt} ms, first request +${trace.first.sentAt - tookOverAt} ms`,
    );
  if (trace.enabled && renewals.count)
    console.log(
      `  [instance ${process.pid}] ${renewals.count} renewals, the closest ${renewals.minLeftMs.toFixed(0)} ms before the fence, ${renewals.late} after it`,
    );
  trace.print();
  process.send?.({ type: 'done', stats: sender.stats });
  await store.close();
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
