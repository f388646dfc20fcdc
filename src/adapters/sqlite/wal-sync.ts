import { close, fsync, open } from 'node:fs';
import { open as openHandle } from 'node:fs/promises';

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
  /** Flushes started, for tests and the bench. */
  flushes = 0;

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
    const run = this.flush(this.walPath).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }
}
