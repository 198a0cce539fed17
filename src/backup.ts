import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { takeInstanceLock } from './platform/db/instance-lock.js';

/**
 * A backup is one gzipped tar archive: `manifest.json`, `guanjia.db` (SQLite's online copy) and
 * `blobs/<tenant>/<id>` (the signatures and photos the database names). Files are written before the
 * rows that name them and never removed, so blobs copied after the database cover every blob it names.
 */
const FORMAT = 'guanjia-backup';
const VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BLOB_PATH = /^blobs\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: 'guanjia.db';
  blobs: number;
}

/** A refusal the command line says as it is (exit 2); nothing was changed. */
export class BackupRefusal extends Error {}

export interface DataPaths {
  sqliteFile: string;
  blobsDir: string;
}

/** Every stored file as `<tenant>/<id>` (one a crash left half-written is named by no row: restore drops it). */
function listBlobs(blobsDir: string): string[] {
  if (!fs.existsSync(blobsDir)) return [];
  const out: string[] = [];
  for (const tenant of fs.readdirSync(blobsDir)) {
    if (!UUID.test(tenant)) continue;
    for (const id of fs.readdirSync(path.join(blobsDir, tenant))) if (UUID.test(id)) out.push(`${tenant}/${id}`);
  }
  return out.sort();
}

/** A hard link when the folder allows it (no copy of a large store), else a copy. */
function linkOrCopy(from: string, to: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

function fsyncFile(file: string) {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the archive to `target` (a new file), online: servers keep running. */
export async function writeBackup(paths: DataPaths, target: string, now: Date): Promise<{ blobs: number }> {
  if (!fs.existsSync(paths.sqliteFile)) throw new BackupRefusal(`there is no database at ${paths.sqliteFile}`);
  if (fs.existsSync(target)) throw new BackupRefusal(`${target} exists; choose a new file`);
  const lock = takeInstanceLock(paths.sqliteFile, 'shared');
  if (!lock) throw new BackupRefusal('a restore is under way; back up when it has finished');
  // staged beside the data, so blobs can be hard-linked rather than copied
  const staging = fs.mkdtempSync(path.join(path.dirname(paths.sqliteFile), '.backup-'));
  const partial = `${target}.partial`;
  try {
    const source = new SQLite(paths.sqliteFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(path.join(staging, 'guanjia.db'));
    } finally {
      source.close();
    }
    const blobs = listBlobs(paths.blobsDir);
    for (const b of blobs) linkOrCopy(path.join(paths.blobsDir, b), path.join(staging, 'blobs', b));
    const manifest: Manifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: now.toISOString(),
      database: 'guanjia.db',
      blobs: blobs.length,
    };
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const entries = ['manifest.json', 'guanjia.db', ...(blobs.length ? ['blobs'] : [])];
    const tar = await import('tar');
    await tar.create({ gzip: true, portable: true, cwd: staging, file: partial }, entries);
    fsyncFile(partial);
    fs.renameSync(partial, target);
    return { blobs: blobs.length };
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}

/** Unpacks an archive into `dir`, refusing anything but the manifest, the database and blob files. */
async function unpack(source: string, dir: string): Promise<void> {
  const strange: string[] = [];
  try {
    const tar = await import('tar');
    await tar.extract({
      file: source,
      cwd: dir,
      strict: true,
      filter: (p, entry) => {
        const type = 'type' in entry ? entry.type : 'File';
        const name = p.replace(/\/$/, '');
        const ok =
          type === 'Directory'
            ? name === 'blobs' || /^blobs\/[0-9a-f-]{36}$/.test(name)
            : type === 'File' && (name === 'manifest.json' || name === 'guanjia.db' || BLOB_PATH.test(name));
        if (!ok) strange.push(p);
        return ok;
      },
    });
  } catch (e) {
    throw new BackupRefusal(`${source} is not a readable backup archive (${e instanceof Error ? e.message : String(e)})`);
  }
  if (strange.length) throw new BackupRefusal(`${source} holds entries a Guanjia backup never has: ${strange.slice(0, 3).join(', ')}`);
}

function readManifest(dir: string, source: string): Manifest {
  let m: Partial<Manifest>;
  try {
    m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  } catch {
    throw new BackupRefusal(`${source} has no manifest: it was not written by guanjia backup`);
  }
  if (m.format !== FORMAT || m.version !== VERSION || typeof m.blobs !== 'number')
    throw new BackupRefusal(`${source} is not a Guanjia backup of a version this program reads`);
  return m as Manifest;
}

/** The database must be whole and Guanjia's, and every blob it names must be in the archive, unaltered. */
function checkDatabase(file: string, source: string, blobsDir: string | null) {
  if (!fs.existsSync(file)) throw new BackupRefusal(`${source} holds no database`);
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupRefusal(`${source} holds no readable database`);
  }
  try {
    let check: unknown;
    try {
      check = db.pragma('integrity_check', { simple: true });
    } catch (e) {
      throw new BackupRefusal(`${source} is damaged: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (check !== 'ok') throw new BackupRefusal(`${source} is damaged: ${String(check)}`);
    if (!db.prepare("select 1 from sqlite_master where name = 'schema_migrations'").get())
      throw new BackupRefusal(`${source} is not a Guanjia database`);
    if (!blobsDir || !db.prepare("select 1 from sqlite_master where name = 'blobs'").get()) return;
    const rows = db.prepare('select tenant_id, id, size, sha256 from blobs').all() as {
      tenant_id: string;
      id: string;
      size: number;
      sha256: string;
    }[];
    for (const r of rows) {
      const file = path.join(blobsDir, r.tenant_id, r.id);
      const bytes = fs.existsSync(file) ? fs.readFileSync(file) : null;
      if (!bytes) throw new BackupRefusal(`${source} lacks the file ${r.tenant_id}/${r.id} its database names`);
      if (bytes.length !== r.size || createHash('sha256').update(bytes).digest('hex') !== r.sha256)
        throw new BackupRefusal(`${source} holds an altered file ${r.tenant_id}/${r.id}`);
    }
  } finally {
    db.close();
  }
}

/**
 * Puts a backup back, all or nothing: refused while any server uses the database (and no server starts
 * meanwhile); the archive is unpacked and checked whole before anything live is touched; then its blobs
 * are moved in (a superset of what the old database names, so a stop here leaves a consistent old state),
 * the database is replaced in one SQLite write transaction, and blobs the restored database does not
 * know are removed. A plain SQLite file from an older `guanjia backup` restores the database alone.
 */
export async function restoreBackup(paths: DataPaths, source: string): Promise<{ blobs: number; legacy: boolean }> {
  if (!fs.existsSync(source)) throw new BackupRefusal(`${source} does not exist`);
  const head = Buffer.alloc(16);
  const fd = fs.openSync(source, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  const legacy = head.equals(SQLITE_MAGIC);
  const lock = takeInstanceLock(paths.sqliteFile, 'exclusive');
  if (!lock) throw new BackupRefusal(`the database ${paths.sqliteFile} is in use by a running server (or a backup): stop it, then restore`);
  fs.mkdirSync(path.dirname(paths.sqliteFile), { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(paths.sqliteFile), '.restore-'));
  try {
    if (legacy) {
      checkDatabase(source, source, null);
      await restoreDatabase(source, paths.sqliteFile);
      return { blobs: 0, legacy };
    }
    await unpack(source, staging);
    const manifest = readManifest(staging, source);
    const stagedBlobs = listBlobs(path.join(staging, 'blobs'));
    if (stagedBlobs.length !== manifest.blobs)
      throw new BackupRefusal(`${source} is incomplete: ${stagedBlobs.length} of its ${manifest.blobs} files are there`);
    checkDatabase(path.join(staging, 'guanjia.db'), source, path.join(staging, 'blobs'));
    for (const b of stagedBlobs) {
      fs.mkdirSync(path.dirname(path.join(paths.blobsDir, b)), { recursive: true });
      fs.renameSync(path.join(staging, 'blobs', b), path.join(paths.blobsDir, b));
    }
    await restoreDatabase(path.join(staging, 'guanjia.db'), paths.sqliteFile);
    const kept = new Set(stagedBlobs);
    for (const b of listBlobs(paths.blobsDir)) if (!kept.has(b)) fs.rmSync(path.join(paths.blobsDir, b), { force: true });
    return { blobs: stagedBlobs.length, legacy };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}

/** SQLite's backup API writes the copy into the live file in one write transaction, WAL included. */
async function restoreDatabase(from: string, live: string) {
  const backup = new SQLite(from, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(live);
  } finally {
    backup.close();
  }
}
