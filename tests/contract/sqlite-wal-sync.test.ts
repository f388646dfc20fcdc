import { mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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

  it('two flushes at once: a commit during a flush starts its own, and none is answered before a flush that started after it', async () => {
    const f = manualFlush();
    const sync = new WalSync('/x/ska.db-wal', f.flush, 2);
    const first = sync.afterCommit();
    const second = sync.afterCommit(); // the first flush began before this commit: a second one starts for it
    expect(f.waiting).toHaveLength(2);
    const third = sync.afterCommit(); // both running: waits for the next flush to start
    const fourth = sync.afterCommit();
    expect(f.waiting).toHaveLength(2);
    // The second flush ends first: it covers both commits before it, but flushes settle in the order they
    // started, so nothing is answered until the first one has ended too.
    f.waiting.splice(1, 1)[0].release();
    expect(await settled(second)).toBe(false);
    expect(f.waiting).toHaveLength(1); // the second's slot is still taken until it is settled in turn
    f.waiting.splice(0, 1)[0].release();
    await Promise.all([first, second]);
    expect(await settled(third)).toBe(false);
    expect(f.waiting).toHaveLength(1); // one flush, started after both of them, for the third and fourth
    f.releaseAll();
    await Promise.all([third, fourth]);
    expect(sync.flushes).toBe(3);
  });

  it('with two at once, a failed flush fails every commit a started flush covers, even if the other succeeds', async () => {
    const waiting: { release: () => void; fail: () => void }[] = [];
    const sync = new WalSync(
      '/x/ska.db-wal',
      () => new Promise<void>((release, reject) => waiting.push({ release, fail: () => reject(new Error('EIO')) })),
      2,
    );
    const first = sync.afterCommit();
    const second = sync.afterCommit();
    const [a, b] = waiting;
    b.release(); // reported fine, but one descriptor: the first flush may have taken the error for these pages
    a.fail();
    await expect(first).rejects.toThrow('EIO');
    await expect(second).rejects.toThrow('EIO');
    const later = sync.afterCommit(); // committed after the failure was seen: its own flush decides
    waiting[2].release();
    await expect(later).resolves.toBeUndefined();
  });

  it('never answers a group commit before a flush that started after its commit has ended, flushes ending in any order', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ska-wal-')), 'ska.db');
    // What a flush covers: the commits on file when it starts (read by a second connection, as committed).
    const committedNow = () =>
      (reader.prepare('SELECT max(f_count) AS n FROM list_surveyAnswerPacks').get() as { n: number | null }).n ?? 0;
    const running: { covers: number; release: () => void }[] = [];
    let durableUpTo = 0;
    const flush = () =>
      new Promise<void>((release) => {
        const covers = committedNow();
        running.push({ covers, release: () => ((durableUpTo = Math.max(durableUpTo, covers)), release()) });
      });
    const store = new SqliteListStore(file, { flush, flushesAtOnce: 2 });
    await store.ensureLists(LIST_SCHEMA);
    const reader = new Database(file, { readonly: true });
    const answered: number[] = [];
    const early: number[] = [];
    let settledCount = 0;
    const writes: Promise<void>[] = [];
    let random = 7;
    const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
    for (let i = 1; i <= 40; i++) {
      writes.push(
        store.createMany('surveyAnswerPacks', [{ fields: { ...pack, count: i } }]).then(() => {
          if (durableUpTo < i) early.push(i); // "Tack!" only once a flush covering it has ended
          answered.push(i);
          settledCount++;
        }),
      );
      // End some running flushes, in random order, between commits.
      while (running.length && next() < 0.5) running.splice(Math.floor(next() * running.length), 1)[0].release();
      await new Promise((r) => setImmediate(r));
    }
    for (let turns = 0; settledCount < 40 && turns < 200; turns++) {
      running.splice(0).forEach((r) => r.release());
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(writes);
    expect(early).toEqual([]);
    expect(answered).toHaveLength(40);
    reader.close();
    await store.close();
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
