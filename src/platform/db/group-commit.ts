import fs from 'node:fs/promises';

/**
 * Group commit for SQLite in WAL mode (issue 13). better-sqlite3 runs on the event loop, so with
 * `synchronous = FULL` every commit's fsync stopped every other request. Instead the connection runs
 * with `synchronous = NORMAL` (a commit writes its frames to the WAL without waiting for the disk) and
 * the caller of a committed write waits here, off the event loop, for an fsync of the WAL that began
 * after its commit: commits made while one fsync is in flight share the next one. Nobody is answered
 * before their commit is on the disk, as under FULL; a power cut can only take commits nobody was told of.
 */
export interface GroupCommit {
  /** Resolves once everything committed before the call is durable; rejects if the fsync failed. */
  durable(): Promise<void>;
  /** How many fsyncs ran (for tests and benches). */
  readonly syncs: number;
  close(): Promise<void>;
}

/** Makes the WAL's contents durable; the default opens the file once and fsyncs it through libuv's thread pool. */
export type WalFsync = () => Promise<void>;

export function groupCommit(fsyncWal: WalFsync): GroupCommit {
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  let syncs = 0;

  const start = (): Promise<void> => {
    syncs++;
    const sync: Promise<void> = fsyncWal().finally(() => {
      if (inFlight === sync) inFlight = null;
    });
    inFlight = sync;
    return sync;
  };

  return {
    durable() {
      // a queued fsync starts after the one in flight ends, so after this caller's commit: join it
      if (queued) return queued;
      // nothing in flight: this fsync starts after the commit
      if (!inFlight) return start();
      // the fsync in flight may have begun before this commit: wait for it, then run one more for everyone meanwhile
      const next: Promise<void> = inFlight
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          queued = null;
          return start();
        });
      queued = next;
      return next;
    },
    get syncs() {
      return syncs;
    },
    async close() {
      await Promise.allSettled([inFlight, queued]);
    },
  };
}

/**
 * fsyncs a SQLite database's WAL file (`<file>-wal`). The descriptor is kept open; if the file was removed
 * (the last connection of another process checkpointed and deleted it while ours was closed) it is opened
 * again. No WAL file means nothing was ever written through it: nothing to make durable.
 */
export function walFileFsync(databaseFile: string): WalFsync & { close(): Promise<void> } {
  const walFile = `${databaseFile}-wal`;
  let handle: fs.FileHandle | null = null;

  const open = async (): Promise<fs.FileHandle | null> => {
    try {
      return await fs.open(walFile, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };

  const fsyncWal = async () => {
    if (handle && (await handle.stat()).nlink === 0) {
      await handle.close();
      handle = null;
    }
    handle ??= await open();
    await handle?.sync();
  };
  return Object.assign(fsyncWal, {
    async close() {
      await handle?.close();
      handle = null;
    },
  });
}
