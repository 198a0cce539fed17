import { createHash } from 'node:crypto';
import { close as closeFd, fsync, open as openFd } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { newId } from './ids.js';

/** Where files (signatures, photos) live. App servers stay stateless by pointing this at shared storage. */
export interface BlobStore {
  /** Writes the file durably: once this resolves, a crash or power loss does not lose it. */
  put(tenantId: string, id: string, bytes: Uint8Array): Promise<void>;
  get(tenantId: string, id: string): Promise<Uint8Array | null>;
}

/** A file written to the store before the transaction that names it: what its `blobs` row records. */
export interface StoredFile {
  id: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Writes a file under a new id, before (and outside) the transaction that will name it, so a committed row never
 * names a missing file. If that transaction then fails, the file stays unnamed (an orphan; see docs/decisions.md).
 */
export async function storeFile(
  blobs: BlobStore,
  tenantId: string,
  /** `sha256` when the file's check already hashed it (an image's, in the image worker): not hashed again here. */
  file: { contentType: string; bytes: Uint8Array; sha256?: string },
): Promise<StoredFile> {
  const id = newId();
  await blobs.put(tenantId, id, file.bytes);
  const sha256 = file.sha256 ?? createHash('sha256').update(file.bytes).digest('hex');
  return { id, contentType: file.contentType, size: file.bytes.length, sha256 };
}

/** Flushes a directory's entries (a rename or a new file in it) to disk; Windows cannot open a directory for that. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const openDescriptor = promisify(openFd);
const flushDescriptor = promisify(fsync);
const closeDescriptor = promisify(closeFd);

/**
 * The default store: a folder beside the database. Files are written before the row that names them.
 *
 * A file is written under its own new id, not written aside and renamed: no one reads a file before a committed row
 * names it, so a crash mid-write leaves an unnamed file (an orphan, as a refused use case does), never a named torn
 * one. The file's contents and the folder's entry for it are flushed at the same time, and both before `put` resolves.
 * Each step waits for the event loop's turn, which under load is a queue of other requests: a folder stays open for
 * its flushes, and a file is closed after `put` resolves.
 */
export class FolderBlobStore implements BlobStore {
  /** Folders known to exist (made or written into by this store): no `mkdir` for each file. */
  private readonly folders = new Set<string>();
  /** A descriptor of each folder written into, kept open to flush its entries (not opened and closed each time). */
  private readonly folderDescriptors = new Map<string, Promise<number>>();
  constructor(private readonly root: string) {}
  /** Flushes the entries of a folder this store writes into (Windows cannot open a directory for that). */
  private flushFolder(dir: string): Promise<void> {
    if (process.platform === 'win32') return Promise.resolve();
    let fd = this.folderDescriptors.get(dir);
    if (!fd) {
      fd = openDescriptor(dir, 'r');
      this.folderDescriptors.set(dir, fd);
      fd.catch(() => this.folderDescriptors.delete(dir));
    }
    return fd.then(flushDescriptor);
  }
  /** Forgets a folder removed behind this store's back (a restore), to make it again. */
  private forgetFolder(dir: string): boolean {
    const fd = this.folderDescriptors.get(dir);
    this.folderDescriptors.delete(dir);
    fd?.then(closeDescriptor).catch(() => {});
    return this.folders.delete(dir);
  }
  /** Closes the folders' descriptors. */
  async close(): Promise<void> {
    const fds = [...this.folderDescriptors.values()];
    this.folderDescriptors.clear();
    await Promise.all(fds.map((fd) => fd.then(closeDescriptor).catch(() => {})));
  }
  private file(tenantId: string, id: string) {
    if (!/^[0-9a-f-]{36}$/.test(tenantId) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad blob id');
    return path.join(this.root, tenantId, id);
  }
  async put(tenantId: string, id: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(tenantId, id);
    const dir = path.dirname(file);
    // the first folder made, when the tenant's (or the store's own) folder is new: its parent must record it too
    const made = this.folders.has(dir) ? undefined : await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(file, 'wx').catch((e: NodeJS.ErrnoException) => {
      // a folder known to exist was removed behind this store's back (a restore): forget it and make it again
      if (e.code === 'ENOENT' && this.forgetFolder(dir)) return null;
      throw e;
    });
    if (!handle) return this.put(tenantId, id, bytes);
    try {
      await handle.writeFile(bytes);
      await Promise.all([handle.sync(), this.flushFolder(dir)]);
    } finally {
      // what was written is on the disk (or the write failed): closing need not hold up the caller
      handle.close().catch(() => {});
    }
    if (made) for (let d = dir; d !== path.dirname(made); d = path.dirname(d)) await syncDir(path.dirname(d));
    this.folders.add(dir);
  }
  async get(tenantId: string, id: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(this.file(tenantId, id));
    } catch {
      return null;
    }
  }
}
