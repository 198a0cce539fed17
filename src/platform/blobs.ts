import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fieldError } from './http/errors.js';

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

const SIGNATURES: Record<string, number[]> = { 'image/png': [0x89, 0x50, 0x4e, 0x47], 'image/jpeg': [0xff, 0xd8, 0xff] };

/** Decodes `data:image/png;base64,…` (or JPEG), checking the bytes really are that image type. */
export function decodeImageDataUrl(
  dataUrl: string,
  field: string,
  maxBytes: number,
): { contentType: string; bytes: Uint8Array; sha256: string } {
  const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!m) throw fieldError('unprocessable', 'image.invalid', field, 'expected a PNG or JPEG data URL');
  const contentType = m[1]!;
  const bytes = Buffer.from(m[2]!, 'base64');
  const magic = SIGNATURES[contentType]!;
  if (bytes.length < 64 || !magic.every((b, i) => bytes[i] === b))
    throw fieldError('unprocessable', 'image.invalid', field, 'the image data is not a valid image');
  if (bytes.length > maxBytes) throw fieldError('unprocessable', 'image.too_large', field, `the image is larger than ${maxBytes} bytes`);
  return { contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
