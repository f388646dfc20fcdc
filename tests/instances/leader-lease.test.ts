/**
 * Leadership among instances: two instances on one store (one SQLite file, a store each, as two
 * processes have) and a fake clock. One runs the tick and the outbox; killing it (no release,
 * as a crash) hands both to the other in time; an idle lease is taken over at once by an
 * instance with new work; the lease row is written with If-Match, so a racing claim loses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { BackgroundWork } from '../../src/app/year/background-work';
import { Directory } from '../../src/app/directory/directory';
import { DEFAULT_LEASE_OPTIONS, LeaderLease, LEASE_NAME, type LeaseOptions } from '../../src/app/year/leader-lease';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { MessageComposer } from '../../src/app/outbox/message-composer';
import { OutboxService } from '../../src/app/outbox/outbox';
import { OutboxSender } from '../../src/app/outbox/outbox-sender';
import { queryAll } from '../../src/app/ports/list-store';
import { VirtualTimer } from '../support/virtual-timer';

let dir: string;
let timer: VirtualTimer;
const stores: SqliteListStore[] = [];
const running: BackgroundWork[] = [];
const hanging: (() => void)[] = [];
let closing = false;
const quiet = { info: () => undefined, error: (m: string, d?: unknown) => closing || console.error(m, d) };

async function instance(name: string, leaseOptions: Partial<LeaseOptions> = {}) {
  // The outbox's writes wait for a shared WAL flush on the thread pool, which a fake timer's settle
  // never waits for: an immediate flush (durability is not what these tests are about).
  const store = new SqliteListStore(join(dir, 'ska.db'), { flush: async () => undefined });
  stores.push(store);
  await store.ensureLists(LIST_SCHEMA);
  const directory = new Directory(store);
  const outbox = new OutboxService(store, timer.clock, directory);
  const sends: string[] = [];
  const sentAt: number[] = [];
  const control = { hang: false };
  const sender = new OutboxSender(
    {
      outbox,
      references: { referenceFor: async (personId: string) => ({ conversation: { id: `c-${personId}` } }) },
      composer: new MessageComposer(),
      notifier: {
        send: async (_r, _m, meta) => {
          if (control.hang) return new Promise((resolve) => hanging.push(() => resolve({ ok: false, failure: { message: 'died' } }))); // died mid-send: never answered
          sends.push(meta?.outboxId ?? '');
          sentAt.push(timer.now());
          return { ok: true, activityId: 'x' };
        },
      },
      log: quiet,
      timer,
    },
    { instanceId: name, pollMs: 1000, leaseMs: 60_000, sendTimeoutMs: 20_000 },
  );
  const ticks: number[] = [];
  const lease = new LeaderLease(store, timer, { instanceId: name, ...leaseOptions });
  const background = new BackgroundWork({ lease, sender, scheduler: { tick: async () => ticks.push(timer.now()) }, timer, log: quiet });
  (sender as unknown as { deps: { gate: unknown } }).deps.gate = background.gate;
  outbox.onEnqueued = () => background.wake();
  running.push(background);
  return { name, store, outbox, lease, background, ticks, sends, sentAt, control, start: () => background.start() };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ska-lease-'));
  timer = new VirtualTimer();
  closing = false;
});
afterEach(async () => {
  closing = true;
  hanging.splice(0).forEach((answer) => answer());
  for (const b of running.splice(0)) await b.stop({ release: false });
  for (const s of stores.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const notice = (key: string) => ({
  key,
  personId: `p-${key}`,
  kind: 'notice' as const,
  payload: { title: 'Hej', text: key },
  source: 'test',
});

it('runs the tick on one instance only, and hands it over within a minute of the leader dying', async () => {
  const a = await instance('a');
  const b = await instance('b');
  a.start();
  b.start();
  await timer.advance(3 * 3600_000);
  const [leader, follower] = a.background.isLeader() ? [a, b] : [b, a];
  expect(follower.background.isLeader()).toBe(false);
  expect(leader.ticks.length).toBeGreaterThanOrEqual(3); // hourly
  expect(follower.ticks).toHaveLength(0);

  // The leader dies while idle, without giving the lease up. Its lease row says when it would
  // next have woken (its next work); the follower must be leading within a minute of that.
  await leader.background.stop({ release: false });
  const killedAt = timer.now();
  const [row] = await queryAll(follower.store, 'settings', { name: LEASE_NAME });
  const nextWorkAt = JSON.parse(String(row.fields.value)).until - 30_000;
  await timer.until(() => follower.background.isLeader(), 3600_000, 1000);
  const late = timer.now() - nextWorkAt;
  console.log(
    `idle leader killed: replaced ${((timer.now() - killedAt) / 1000).toFixed(0)} s after the kill, ${(late / 1000).toFixed(1)} s after its next work fell due`,
  );
  expect(late).toBeLessThanOrEqual(60_000);
  await timer.advance(1000);
  expect(follower.ticks.length).toBeGreaterThan(0);
});

it('replaces a leader that dies while sending within a minute, and the messages go out once', async () => {
  const a = await instance('a');
  const b = await instance('b');
  a.start();
  b.start();
  await timer.advance(5000);
  const [leader, follower] = a.background.isLeader() ? [a, b] : [b, a];
  // Work arrives at the leader; it claims, sends, and dies before any answer (busy lease).
  leader.control.hang = true;
  await leader.outbox.enqueue([notice('one')]);
  await timer.advance(1);
  expect((await leader.outbox.withState('sending')).length).toBe(1);
  void leader.background.stop({ release: false });
  const killedAt = timer.now();
  await follower.outbox.enqueue([notice('two')]); // the follower rings: the leader is "busy", so it waits for the lease to run out
  const took = await timer.until(() => follower.background.isLeader(), 120_000, 500);
  console.log(`busy leader replaced after ${(took / 1000).toFixed(1)} s`);
  expect(timer.now() - killedAt).toBeLessThanOrEqual(60_000);
  await timer.advance(90_000); // the dead sender's claim runs out: in doubt, taken over
  expect(leader.sends).toHaveLength(0);
  expect(follower.sends).toHaveLength(2);
  expect(new Set(follower.sends).size).toBe(2);
});

/** a starts first and leads; b starts 5 s later and follows; both idle. */
async function leaderAndFollower() {
  const a = await instance('a');
  const b = await instance('b');
  a.start();
  await timer.advance(5000);
  b.start();
  await timer.advance(5000);
  return [a, b];
}

it('lets an instance with new work take an idle lease over at once', async () => {
  const [a, b] = await leaderAndFollower();
  expect(a.background.isLeader()).toBe(true);
  expect(b.background.isLeader()).toBe(false);
  await b.outbox.enqueue([notice('k')]);
  await timer.advance(100);
  expect(b.background.isLeader()).toBe(true);
  await timer.advance(2000); // the quiet after a takeover (next test)
  expect(b.sends).toHaveLength(1);
  expect(a.sends).toHaveLength(0);
  // The old leader finds out at its next write and stays a follower.
  await timer.advance(3600_000);
  expect(a.background.isLeader()).toBe(false);
  expect(a.ticks.length + b.ticks.length).toBeGreaterThan(0);
  const [row] = await queryAll(a.store, 'settings', { name: LEASE_NAME });
  expect(JSON.parse(String(row.fields.value))).toMatchObject({ holder: 'b' });
});

it('sends nothing for a second after taking the lease from an instance that was just sending, then one card per conversation until two seconds', async () => {
  const [a, b] = await leaderAndFollower();
  await a.outbox.enqueue([notice('a1')]);
  await timer.advance(50);
  expect(a.sends).toHaveLength(1);
  // a is idle again; b's new work takes the lease at once. a's request still counts at Teams (50/s
  // per app, 7/1 s and 8/2 s per conversation), and b's pacer has not seen it.
  await b.outbox.enqueue([notice('b1'), notice('b2'), { ...notice('b3'), personId: 'p-b2' }]);
  const tookOverAt = timer.now();
  await timer.advance(100);
  expect(b.background.isLeader()).toBe(true);
  expect(b.sends).toHaveLength(0);
  // The 1 s windows (50 per app, 7 per conversation) past what a may have sent until b took over;
  // then b2's conversation may hold 7 of a's requests, so its 2 s window (8) takes one more only.
  await timer.advance(1000);
  expect(b.sends).toHaveLength(2);
  expect(Math.min(...b.sentAt) - tookOverAt).toBeGreaterThanOrEqual(1000);
  await timer.advance(1000);
  expect(b.sends).toHaveLength(3);
  expect(Math.max(...b.sentAt) - tookOverAt).toBeGreaterThanOrEqual(2000);
});

it('sends at once after taking over an idle lease whose holder has sent nothing for a second past the skew (the row says since when)', async () => {
  const [a, b] = await leaderAndFollower();
  await a.outbox.enqueue([notice('a1')]);
  await timer.advance(50);
  expect(a.sends).toHaveLength(1);
  // a went idle after its answer came back and wrote so in the row, and keeps that time while it stays idle
  // (its next looks at the outbox write the lease again). 3.5 s later, in b's clock (2 s of skew), Teams'
  // 1 s windows hold none of it.
  await timer.advance(3500);
  await b.outbox.enqueue([notice('b1')]);
  const tookOverAt = timer.now();
  await timer.advance(100);
  expect(b.background.isLeader()).toBe(true);
  expect(b.sends).toHaveLength(1);
  expect(b.sentAt[0] - tookOverAt).toBeLessThan(100);
  expect(b.sentAt[0] - a.sentAt[0]).toBeGreaterThan(DEFAULT_LEASE_OPTIONS.skewMs + 1000);
});

it('after a leader dies while sending, the next one sends one second past its fence (+ skew and flight), not a wait after it', async () => {
  const [a, b] = await leaderAndFollower();
  a.control.hang = true;
  await a.outbox.enqueue([notice('one')]);
  await timer.advance(1);
  expect(a.lease.holds()).toBe(true);
  void a.background.stop({ release: false }); // dies mid-send: no more renewals, nothing released
  await b.outbox.enqueue([notice('two')]);
  const [row] = await queryAll(b.store, 'settings', { name: LEASE_NAME });
  const { quietAfter, until } = JSON.parse(String(row.fields.value)) as { quietAfter: number; until: number };
  const { skewMs, flightMs } = DEFAULT_LEASE_OPTIONS;
  expect(quietAfter).toBe(until - skewMs); // a starts no request after its own fence
  await timer.until(() => b.sends.length > 0, 120_000, 100);
  // b takes the lease when it runs out (until + skew) and has its first card ready meanwhile; Teams'
  // 1 s window must pass a's last possible request (its fence, in b's clock + skew, + flight) first.
  expect(b.sentAt[0]).toBeGreaterThanOrEqual(quietAfter + skewMs + flightMs + 1000);
  expect(b.sentAt[0]).toBeLessThanOrEqual(quietAfter + skewMs + flightMs + 1000 + 200);
});

it('renews a busy lease every renewEveryMs, and a holder whose renewals fail stops sending at its fence', async () => {
  const a = await instance('a', { busyLeaseMs: 3000, renewEveryMs: 500, skewMs: 100 });
  a.start();
  await timer.advance(1000);
  const writes: number[] = [];
  const update = a.store.update.bind(a.store);
  let failing = false;
  a.store.update = async (list, id, fields, options) => {
    if (list === 'settings') {
      writes.push(timer.now());
      if (failing) throw new Error('store unreachable');
    }
    return update(list, id, fields, options);
  };
  await a.outbox.enqueue(Array.from({ length: 500 }, (_, i) => ({ ...notice(`n${i}`), personId: `p${i % 40}` })));
  await timer.advance(2000);
  const gaps = writes.slice(1).map((t, i) => t - writes[i]);
  expect(gaps.length).toBeGreaterThanOrEqual(3);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(500);
  for (const gap of gaps) expect(gap).toBeLessThanOrEqual(500 + 250); // noticed within half the interval
  failing = true;
  const lastHeld = writes[writes.length - 1];
  await timer.advance(10_000);
  // The last renewal that landed held until lastHeld + 3000; a fenced itself skew before that.
  expect(Math.max(...a.sentAt)).toBeLessThan(lastHeld + 3000 - 100);
  expect(a.sentAt.length).toBeLessThan(500);
});

it('of two instances claiming the lease at once, exactly one wins', async () => {
  const a = await instance('a');
  const b = await instance('b');
  const results = await Promise.all([a.lease.check(), b.lease.check()]);
  expect(results.filter(Boolean)).toHaveLength(1);
  expect([a.lease.holds(), b.lease.holds()].filter(Boolean)).toHaveLength(1);
});
