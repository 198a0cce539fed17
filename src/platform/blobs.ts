import fs from 'node:fs/promises';
import path from 'node:path';

/** Where files (signatures, photos) live. App servers stay stateless by pointing this at shared storage. */
export interface BlobStore {
  put(tenantId: string, id: string, bytes: Uint8Array): Promise<void>;
  get(tenantId: string, id: string): Promise<Uint8Array | null>;
}

/** The default store: a folder beside the database. Files are written before the row that names them. */
export class FolderBlobStore implements BlobStore {
  constructor(private readonly root: string) {}
  private file(tenantId: string, id: string) {
    if (!/^[0-9a-f-]{36}$/.test(tenantId) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad blob id');
    return path.join(this.root, tenantId, id);
  }
  async put(tenantId: string, id: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(tenantId, id);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  }
  async get(tenantId: string, id: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(this.file(tenantId, id));
    } catch {
      return null;
    }
  }
}
