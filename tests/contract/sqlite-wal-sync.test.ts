import { mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../../src/adapters/sqlite/sqlite-list-store';
import { fsyncFile, WalSync } from '../../src/adapters/sqlite/wal-sync';
import { LIST_SCHEMA } from '../../src/app/store/list-schema';

/** A flush the test releases by hand: which paths were flushed, and when each finished. */
function manualFlush() {
  const waiting: { path: string; release: () => void }[] = [];
  return {
    waiting,
    flush: (path: string) => new Promise<void>((release) => waiting.push({ path, release })),
    releaseAll: () => waiting.splice(0).forEach((w) => w.release()),
  };
}

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('SqliteListStore: a group commit resolves only once the WAL is flushed, off the event loop', () => {
  const pack = { roundId: 'r1', day: '2026-10-15', count: 5, entries: '[]', hashes: null };

  it('holds a createMany until the flush of the -wal file after it finishes', async () => {
    const f = manualFlush();
    const file = join(mkdtempSync(join(tmpdir(), 'ska-wal-')), 'ska.db');
    const store = new SqliteListStore(file, { flush: f.flush });
    await store.ensureLists(LIST_SCHEMA);

    const created = store.createMany('surveyAnswerPacks', [{ fields: pack }]);
    expect(await settled(created)).toBe(false);
    expect(f.waiting.map((w) => w.path)).toEqual([`${file}-wal`]);
    f.releaseAll();
    const [item] = await created;

    expect(store.synchronous()).toBe(1); // NORMAL: the group's durability is the flush
    // A single write commits with synchronous=FULL (its fsync inside the commit): no flush waited for.
    await store.update('surveyAnswerPacks', item.id, { count: 6 });
    expect(store.synchronous()).toBe(2);
    expect(f.waiting).toHaveLength(0);
    for (const write of [
      () => store.create('surveyAnswerPacks', pack),
      () => store.delete('surveyAnswerPacks', item.id),
      () => store.ensureLists(LIST_SCHEMA),
    ]) {
      const group = store.createMany('surveyAnswerPacks', [{ fields: pack }]);
      f.releaseAll();
      await group;
      expect(store.synchronous()).toBe(1);
      f.releaseAll();
      await write();
      expect(store.synchronous()).toBe(2); // FULL again before each kind of single write
    }
    await store.close();
  });

  it('commits during a flush wait for the next flush, which all of them share', async () => {
    const f = manualFlush();
    const sync = new WalSync('/x/ska.db-wal', f.flush);
    const first = sync.afterCommit();
    const second = sync.afterCommit(); // committed while the first flush runs: it may not cover this commit
    const third = sync.afterCommit();
    expect(f.waiting).toHaveLength(1);
    f.releaseAll();
    await first;
    expect(await settled(second)).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect(f.waiting).toHaveLength(1); // one more flush for both
    f.releaseAll();
    await Promise.all([second, third]);
    expect(sync.flushes).toBe(2);
  });

  it('a failed flush fails the writes waiting for it', async () => {
    const sync = new WalSync('/x/ska.db-wal', () => Promise.reject(new Error('EIO')));
    await expect(sync.afterCommit()).rejects.toThrow('EIO');
  });

  it('what was written is there after reopening the file, with the real flush', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ska-wal-')), 'ska.db');
    const store = new SqliteListStore(file);
    await store.ensureLists(LIST_SCHEMA);
    await store.createMany('surveyAnswerPacks', [{ fields: pack }, { fields: pack }]);
    await store.close();
    const again = new SqliteListStore(file);
    await again.ensureLists(LIST_SCHEMA);
    expect((await again.query('surveyAnswerPacks')).items).toHaveLength(2);
    await again.close();
    await expect(fsyncFile(`${file}-wal`)).resolves.toBeUndefined(); // gone after the last close: nothing left to flush
  });

  it('keeps one descriptor of the -wal file for every flush, closed with the store', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ska-wal-')), 'ska.db');
    // Linux: this process's open files and what they point at.
    const walDescriptors = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(`${file}-wal`);
        } catch {
          return false; // the descriptor readdir itself used, already closed
        }
      });
    const store = new SqliteListStore(file);
    await store.ensureLists(LIST_SCHEMA);
    const sqliteOwn = walDescriptors().length; // SQLite's own connection to the -wal
    for (let i = 0; i < 5; i++) await store.createMany('surveyAnswerPacks', [{ fields: pack }]);
    expect(walDescriptors().length).toBe(sqliteOwn + 1);
    expect(store.walSync!.flushes).toBe(5);
    await store.close();
    expect(walDescriptors()).toHaveLength(0);
  });
});
