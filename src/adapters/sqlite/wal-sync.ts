import type Database from 'better-sqlite3';
import { close, fsync, open } from 'node:fs';
import { open as openHandle } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

/** Flushes a file to disk off the event loop (libuv's thread pool): fsync on a fresh descriptor of the same file. */
export async function fsyncFile(path: string): Promise<void> {
  // No -wal file: the last connection closed and checkpointed it into the database (synced then).
  const handle = await openHandle(path, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (!handle) return;
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const opened = (path: string) =>
  new Promise<number | undefined>((resolve, reject) =>
    open(path, 'r', (e, fd) => (e ? (e.code === 'ENOENT' ? resolve(undefined) : reject(e)) : resolve(fd))),
  );

/**
 * The -wal file kept open for flushing: opening it and closing it again for every flush cost more
 * of the event loop than the fsync (a FileHandle each time). SQLite keeps the -wal file, the same
 * one, while a connection is open ("the WAL file … is deleted when the last connection closes",
 * sqlite.org/wal.html), and the store closes this after its own connection. Callback fs, thread pool.
 */
export class WalFile {
  private fd: Promise<number | undefined> | undefined;

  constructor(private readonly path: string) {}

  readonly sync = async (): Promise<void> => {
    this.fd ??= opened(this.path);
    let fd: number | undefined;
    try {
      fd = await this.fd;
    } catch (e) {
      this.fd = undefined;
      throw e;
    }
    if (fd === undefined) {
      this.fd = undefined; // not there yet (nothing committed in WAL mode): nothing to flush
      return;
    }
    await new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
  };

  async close(): Promise<void> {
    const fd = await this.fd?.catch(() => undefined);
    this.fd = undefined;
    if (fd !== undefined) await new Promise<void>((resolve) => close(fd, () => resolve()));
  }
}

/** A flush started: the commits it covers (those made before it started) and how it ended. */
interface Flight {
  covers: number;
  done: boolean;
  error?: unknown;
}

/**
 * Durable commits without blocking the event loop. SQLite in WAL mode with synchronous=NORMAL
 * appends a commit's frames to the -wal file without fsync ("WAL mode … NORMAL: the WAL file is
 * synchronized before each checkpoint", sqlite.org/pragma.html#pragma_synchronous); fsyncing that
 * file after the commit makes it as durable as synchronous=FULL does, but the wait (one disk flush)
 * happens on the thread pool while requests go on.
 *
 * A commit is answered only once a flush that **started after it** has completed ("fsync() …
 * flushes all modified in-core data of the file referred to by fd", man7.org fsync(2): what was
 * written before the call). Up to `concurrency` flushes run at once, so a group committed while
 * another group's flush runs starts its own at once instead of waiting for that one to end (a
 * pipelined group commit: on a disk whose flush is a round trip, two in flight take twice the
 * commits); beyond that, the commits share the next flush that starts.
 *
 * Flushes are settled in the order they started, and a failed one fails every commit that a flush
 * started so far covers: they share one descriptor, and Linux reports a writeback error to one
 * fsync of a file description only ("errseq", docs.kernel.org/filesystems/vfs.html
 * `file_check_and_advance_wb_err`), so another flush's success proves nothing about those pages.
 */
export class WalSync {
  /** Commits so far (one per afterCommit), and the most of them any started flush covers. */
  private committed = 0;
  private started = 0;
  private readonly flights: Flight[] = [];
  private readonly waiting: { seq: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  /** Flushes started, and the milliseconds they took in all, for tests and the bench. */
  flushes = 0;
  flushMs = 0;

  constructor(
    private readonly walPath: string,
    private readonly flush: (path: string) => Promise<void> = fsyncFile,
    private readonly concurrency = 1,
  ) {}

  /** A file kept open by the caller (WalFile), else the flush given. */
  static forFile(file: WalFile, walPath: string, concurrency?: number): WalSync {
    return new WalSync(walPath, file.sync, concurrency);
  }

  /** Resolves once everything committed before the call is on disk. */
  afterCommit(): Promise<void> {
    const seq = ++this.committed;
    const durable = new Promise<void>((resolve, reject) => this.waiting.push({ seq, resolve, reject }));
    if (this.flights.length < this.concurrency) this.start();
    return durable;
  }

  private start(): void {
    const flight: Flight = { covers: this.committed, done: false };
    this.started = flight.covers;
    this.flights.push(flight);
    this.flushes += 1;
    const t0 = performance.now();
    const end = (error?: unknown) => {
      this.flushMs += performance.now() - t0;
      flight.done = true;
      flight.error = error;
      this.settle();
    };
    this.flush(this.walPath).then(
      () => end(),
      (e: unknown) => end(e ?? new Error('flush failed')),
    );
  }

  private settle(): void {
    while (this.flights[0]?.done) {
      const { covers, error } = this.flights.shift()!;
      const upTo = error ? this.started : covers;
      while (this.waiting.length && this.waiting[0].seq <= upTo) {
        const w = this.waiting.shift()!;
        if (error) w.reject(error);
        else w.resolve();
      }
    }
    // Commits no started flush covers: the next flush starts now that there is room for it.
    if (this.committed > this.started && this.flights.length < this.concurrency) this.start();
  }
}

/**
 * WAL flushes in flight at once. Measured on the development machine's disk (ext4 on virtio,
 * 2026-12-03): one flush at a time 880 a second, two at once 3,900, four 5,900 (write 5 pages,
 * fsync, repeat; load 10); more than a few only queue in the thread pool (4 threads, shared with
 * every other fs call).
 */
export const FLUSHES_AT_ONCE = 2;

/**
 * How the store's commits reach the disk. A single write commits with synchronous=FULL (its fsync
 * inside the commit). A group commit commits with synchronous=NORMAL (no fsync) and resolves once
 * WalSync has flushed the WAL on the thread pool, by a flush started after the commit (up to
 * FLUSHES_AT_ONCE run at once; commits beyond that share the next). NORMAL is left set from one group to the next (under load, one group follows another)
 * until a single write sets FULL again: switching cost two statements per group.
 */
export class Durability {
  readonly walSync: WalSync | undefined;
  private readonly walFile: WalFile | undefined;
  /** Prepared once: db.pragma() prepares its statement on every call. */
  private readonly syncNormal: Database.Statement;
  private readonly syncFull: Database.Statement;
  private normal = false;

  constructor(db: Database.Database, memory: boolean, flush?: (path: string) => Promise<void>, concurrency = FLUSHES_AT_ONCE) {
    const walPath = `${db.name}-wal`;
    this.walFile = memory || flush ? undefined : new WalFile(walPath);
    this.walSync = memory
      ? undefined
      : this.walFile
        ? WalSync.forFile(this.walFile, walPath, concurrency)
        : new WalSync(walPath, flush, concurrency);
    this.syncNormal = db.prepare('PRAGMA synchronous = NORMAL');
    this.syncFull = db.prepare('PRAGMA synchronous = FULL');
  }

  /** Before a single write: FULL. */
  full(): void {
    if (!this.normal) return;
    this.syncFull.run();
    this.normal = false;
  }

  async group<T>(run: () => T): Promise<T> {
    if (!this.walSync) return run();
    if (!this.normal) {
      this.syncNormal.run();
      this.normal = true;
    }
    const result = run();
    await this.walSync.afterCommit();
    return result;
  }

  /** After the connection closed. */
  async close(): Promise<void> {
    await this.walFile?.close();
  }
}
