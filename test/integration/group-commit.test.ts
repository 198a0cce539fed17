import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckpointerOptions } from '../../src/platform/db/checkpointer.js';
import { connect, type DbHandle } from '../../src/platform/db/connect.js';

// SQLite's commits wait for the disk off the event loop (issue 13): a caller is answered after the WAL's fsync,
// while everyone else goes on using the connection.
const handles: DbHandle[] = [];
const disks: { hold: boolean; release(): void }[] = [];
afterEach(async () => {
  for (const disk of disks.splice(0)) {
    disk.hold = false;
    disk.release();
  }
  for (const h of handles.splice(0)) await h.close();
});

async function open(walFsync?: () => Promise<void>, checkpointInWorker = false, checkpoints?: CheckpointerOptions) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-group-commit-'));
  const handle = connect({
    sqliteFile: path.join(dir, 'guanjia.db'),
    checkpointInWorker,
    ...(walFsync ? { walFsync } : {}),
    ...(checkpoints ? { checkpoints } : {}),
  });
  handles.push(handle);
  await sql`create table notes (id integer primary key, text text not null)`.execute(handle.db);
  return handle;
}

/** A disk whose fsyncs, once `hold` is set, finish when the test releases them. */
function heldDisk() {
  const held: (() => void)[] = [];
  const disk = {
    hold: false,
    held,
    fsync: () => (disk.hold ? new Promise<void>((resolve) => held.push(resolve)) : Promise.resolve()),
    release() {
      for (const done of held.splice(0)) done();
    },
  };
  disks.push(disk);
  return disk;
}

const isPending = async (p: Promise<unknown>) => {
  let pending = true;
  p.then(
    () => (pending = false),
    () => (pending = false),
  );
  await new Promise((r) => setImmediate(r));
  return pending;
};

describe('SQLite group commit', () => {
  it('keeps the WAL with synchronous NORMAL, the fsync being the group commit’s', async () => {
    const { db } = await open();
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(1);
  });

  it('answers a transaction only once its commit is on the disk, and lets others read meanwhile', async () => {
    const disk = heldDisk();
    const { db } = await open(disk.fsync);
    disk.hold = true;
    const saving = db.transaction().execute((trx) =>
      trx
        .insertInto('notes' as never)
        .values({ text: '收据' } as never)
        .execute(),
    );
    expect(await isPending(saving)).toBe(true);
    // the commit is made (other callers see the row) but its caller has not been told
    const seen = await sql<{ n: number }>`select count(*) as n from notes`.execute(db);
    expect(seen.rows[0]?.n).toBe(1);
    expect(disk.held).toHaveLength(1);
    disk.release();
    expect(await isPending(saving)).toBe(false);
  });

  it('runs no fsync for reads, a transaction that only read, or one rolled back, and one for a lone write', async () => {
    const disk = heldDisk();
    const handle = await open(disk.fsync);
    disk.hold = true;
    const before = handle.groupCommit?.syncs ?? 0;
    await sql`select * from notes`.execute(handle.db);
    // begins immediate (taking the write lock), reads and commits: nothing to wait for (a held disk would hang it)
    await handle.db.transaction().execute((trx) => sql`select count(*) from notes`.execute(trx));
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await sql`insert into notes (text) values ('作废')`.execute(trx);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(handle.groupCommit?.syncs).toBe(before);
    const write = sql`insert into notes (text) values ('单条')`.execute(handle.db);
    expect(await isPending(write)).toBe(true);
    disk.release();
    await write;
    expect(handle.groupCommit?.syncs).toBe(before + 1);
  });

  it('shares fsyncs of the real WAL among transactions committed together, losing none', async () => {
    const handle = await open();
    const before = handle.groupCommit?.syncs ?? 0;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        handle.db.transaction().execute((trx) => sql`insert into notes (text) values (${`第${i}笔`})`.execute(trx)),
      ),
    );
    const stored = await sql<{ n: number }>`select count(*) as n from notes`.execute(handle.db);
    expect(stored.rows[0]?.n).toBe(40);
    expect((handle.groupCommit?.syncs ?? 0) - before).toBeLessThan(5);
  });

  it('leaves checkpoints to the server’s worker thread, which copies the WAL into the database', async () => {
    const handle = await open(undefined, true);
    const auto = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(handle.db);
    expect(auto.rows[0]?.wal_autocheckpoint).toBe(4000);
    for (let i = 0; i < 30; i++) await sql`insert into notes (text) values (${`第${i}笔`})`.execute(handle.db);
    // another reader of the file: how many WAL frames are there, and how many are in the database already
    await expect.poll(() => walCheckpointed(handle), { timeout: 5000, interval: 100 }).toBe(true);
  });

  it('runs the worker only while there are commits: it ends after a quiet spell and starts again at the next write', async () => {
    const handle = await open(undefined, true, { intervalMs: 50, idleMs: 400 });
    // the schema's creation was a commit
    expect(handle.checkpointer?.running).toBe(true);
    await expect.poll(() => handle.checkpointer?.running, { timeout: 5000, interval: 50 }).toBe(false);
    // its last checkpoint took everything into the database
    expect(walCheckpointed(handle)).toBe(true);
    await sql`insert into notes (text) values (${'夜里的一笔'})`.execute(handle.db);
    expect(handle.checkpointer?.running).toBe(true);
    await expect.poll(() => walCheckpointed(handle), { timeout: 5000, interval: 50 }).toBe(true);
    // a read is no commit: it does not wake the worker once it has ended
    await expect.poll(() => handle.checkpointer?.running, { timeout: 5000, interval: 50 }).toBe(false);
    await sql`select count(*) from notes`.execute(handle.db);
    expect(handle.checkpointer?.running).toBe(false);
  });
});

/**
 * Whether every frame of the WAL is in the database file, asked of another, read-only connection: it cannot
 * checkpoint anything itself (it fails with an I/O error when there would be frames to copy).
 */
function walCheckpointed(handle: DbHandle): boolean {
  const probe = new SQLite(handle.file as string, { readonly: true });
  try {
    const [row] = probe.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    return Boolean(row && row.log > 0 && row.checkpointed === row.log);
  } catch {
    return false;
  } finally {
    probe.close();
  }
}
