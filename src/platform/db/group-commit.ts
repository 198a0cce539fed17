import fs from 'node:fs';

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
 * fsyncs a SQLite database's WAL file (`<file>-wal`), through libuv's thread pool. The descriptor is opened at
 * the first fsync and kept: SQLite removes the WAL only when its last connection closes, and ours is open for
 * as long as this is used. No WAL file means nothing was ever written through it: nothing to make durable.
 */
export function walFileFsync(databaseFile: string): WalFsync & { close(): Promise<void> } {
  const walFile = `${databaseFile}-wal`;
  let fd: number | null = null;

  const fsyncWal = () =>
    new Promise<void>((resolve, reject) => {
      if (fd === null) {
        try {
          fd = fs.openSync(walFile, 'r');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return resolve();
          return reject(e);
        }
      }
      fs.fsync(fd, (e) => (e ? reject(e) : resolve()));
    });
  return Object.assign(fsyncWal, {
    async close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  });
}
