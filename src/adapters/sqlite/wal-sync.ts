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

/**
 * Durable commits without blocking the event loop. SQLite in WAL mode with synchronous=NORMAL
 * appends a commit's frames to the -wal file without fsync ("WAL mode … NORMAL: the WAL file is
 * synchronized before each checkpoint", sqlite.org/pragma.html#pragma_synchronous); fsyncing that
 * file after the commit makes it as durable as synchronous=FULL does, but the wait (one disk flush)
 * happens on the thread pool while requests go on. Commits that land while a flush is running share
 * the next flush: a flush that began before a commit does not cover it.
 */
export class WalSync {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  /** Flushes started, and the milliseconds they took in all, for tests and the bench. */
  flushes = 0;
  flushMs = 0;

  constructor(
    private readonly walPath: string,
    private readonly flush: (path: string) => Promise<void> = fsyncFile,
  ) {}

  /** A file kept open by the caller (WalFile), else the flush given. */
  static forFile(file: WalFile, walPath: string): WalSync {
    return new WalSync(walPath, file.sync);
  }

  /** Resolves once everything committed before the call is on disk. */
  afterCommit(): Promise<void> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  private startQueued(): Promise<void> {
    this.queued = undefined;
    return this.start();
  }

  private start(): Promise<void> {
    this.flushes += 1;
    const t0 = performance.now();
    const run = this.flush(this.walPath).finally(() => {
      this.flushMs += performance.now() - t0;
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }
}

/**
 * How the store's commits reach the disk. A single write commits with synchronous=FULL (its fsync
 * inside the commit). A group commit commits with synchronous=NORMAL (no fsync) and resolves once
 * WalSync has flushed the WAL on the thread pool, one flush shared by the groups committed
 * meanwhile. NORMAL is left set from one group to the next (under load, one group follows another)
 * until a single write sets FULL again: switching cost two statements per group.
 */
export class Durability {
  readonly walSync: WalSync | undefined;
  private readonly walFile: WalFile | undefined;
  /** Prepared once: db.pragma() prepares its statement on every call. */
  private readonly syncNormal: Database.Statement;
  private readonly syncFull: Database.Statement;
  private normal = false;

  constructor(db: Database.Database, memory: boolean, flush?: (path: string) => Promise<void>) {
    const walPath = `${db.name}-wal`;
    this.walFile = memory || flush ? undefined : new WalFile(walPath);
    this.walSync = memory ? undefined : this.walFile ? WalSync.forFile(this.walFile, walPath) : new WalSync(walPath, flush);
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
