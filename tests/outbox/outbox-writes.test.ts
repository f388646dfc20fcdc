/**
 * The sender's hot path writes twice per message (the claim before the POST, the outcome after
 * it). On SQLite each of those once stopped the event loop for a disk flush (synchronous=FULL),
 * about 100 a second at Teams' rate: the fan-out bench lost a third of its seconds to it. They now
 * share the group commit's flush on the thread pool, and still resolve only once it is on disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { SystemClock } from '../../src/adapters/system/system-clock';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';
import { OutboxService } from '../../src/app/outbox/outbox';

let dir: string;
const flushes: { path: string; release: () => void }[] = [];
let store: SqliteListStore;

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ska-outbox-writes-'));
  store = new SqliteListStore(join(dir, 'ska.db'), { flush: (path) => new Promise<void>((release) => flushes.push({ path, release })) });
  await store.ensureLists(LIST_SCHEMA);
});
afterEach(async () => {
  flushes.splice(0).forEach((f) => f.release());
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const release = () => flushes.splice(0).forEach((f) => f.release());
/** Lets every flush through until the promise resolves. */
async function flushed<T>(p: Promise<T>): Promise<T> {
  while (!(await settled(p))) release();
  return p;
}

it('claims and records through the shared WAL flush: each resolves only after the flush, and claims made meanwhile share one', async () => {
  const outbox = new OutboxService(store, new SystemClock());
  // enqueue is a createMany: the group commit already
  await flushed(
    outbox.enqueue(['a', 'b', 'c'].map((k) => ({ key: k, personId: `p-${k}`, kind: 'notice' as const, payload: {}, source: 't' }))),
  );
  const due = (await outbox.pending()).due;
  expect(due).toHaveLength(3);

  const first = outbox.claim(due[0], 'me', 60_000);
  expect(await settled(first)).toBe(false); // committed, but not on disk yet: not before the POST
  expect(flushes.map((f) => f.path)).toEqual([join(dir, 'ska.db-wal')]);
  const rest = [outbox.claim(due[1], 'me', 60_000), outbox.claim(due[2], 'me', 60_000)];
  release();
  const claimed = await first;
  expect(claimed?.state).toBe('sending');
  await new Promise((r) => setImmediate(r));
  expect(flushes).toHaveLength(1); // the two claims made during the first flush: one more flush for both
  release();
  expect((await Promise.all(rest)).map((c) => c?.state)).toEqual(['sending', 'sending']);

  const sent = outbox.markSent(claimed!, 'activity-1');
  expect(await settled(sent)).toBe(false);
  release();
  expect(await sent).toBe(true);
  expect((await outbox.get(claimed!.id))?.state).toBe('sent');
});

it('still refuses a claim on a changed item (If-Match), without waiting for a flush', async () => {
  const outbox = new OutboxService(store, new SystemClock());
  await flushed(outbox.enqueue([{ key: 'x', personId: 'p-x', kind: 'notice', payload: {}, source: 't' }]));
  const [item] = (await outbox.pending()).due;
  await flushed(outbox.claim(item, 'one', 60_000));
  await expect(outbox.claim(item, 'two', 60_000)).resolves.toBeUndefined();
});
