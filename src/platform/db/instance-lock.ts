import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * Who uses a SQLite database, told by a lock the operating system keeps: a small SQLite file beside
 * the database (`guanjia.db.lock`), opened in `locking_mode=EXCLUSIVE` so SQLite never lets go of its
 * file lock while the connection lives. Every server holds a shared lock; `guanjia restore` needs an
 * exclusive one, so it cannot start while a server runs, and no server starts while it restores. The
 * locks are POSIX file locks, which the kernel drops when the process ends, even by kill -9: there is
 * no stale pid file to clear.
 */
export interface InstanceLock {
  release(): void;
}

export const lockFileOf = (sqliteFile: string) => `${sqliteFile}.lock`;

const isBusy = (e: unknown) => e instanceof Error && 'code' in e && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED');

/** Takes the lock, or answers null at once when another process holds it in a way that excludes `mode`. */
export function takeInstanceLock(sqliteFile: string, mode: 'shared' | 'exclusive'): InstanceLock | null {
  const file = lockFileOf(sqliteFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A lock file with no page yet holds no lock when read: give it one table first, in a connection of
  // its own (in exclusive mode that write would keep an exclusive lock).
  const init = new SQLite(file, { timeout: 200 });
  try {
    init.exec('create table if not exists holder (since text)');
  } catch (e) {
    if (isBusy(e)) return null;
    throw e;
  } finally {
    init.close();
  }
  const db = new SQLite(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    if (mode === 'shared') db.prepare('select count(*) from holder').get();
    else db.exec('begin exclusive');
  } catch (e) {
    db.close();
    if (isBusy(e)) return null;
    throw e;
  }
  return {
    release() {
      if (db.inTransaction) db.exec('rollback');
      db.close();
    },
  };
}
