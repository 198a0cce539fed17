import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FolderBlobStore } from './blobs.js';

const tenant = '01a249df-8bca-7d9c-bada-ba8cf5b43039';
const id = (n: number) => `01a249df-0000-7000-8000-${String(n).padStart(12, '0')}`;
let root: string;
let store: FolderBlobStore;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-blobs-'));
  store = new FolderBlobStore(root);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** The descriptors this process holds open on the store's files and folders (Linux). */
const openInStore = () =>
  fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return ''; // closed meanwhile (the descriptor of the listing itself)
      }
    })
    .filter((target) => target.startsWith(root));

it('keeps what it was given, and refuses to write a file twice', async () => {
  await store.put(tenant, id(1), new Uint8Array([1, 2, 3]));
  await store.put(tenant, id(2), new Uint8Array([4]));
  expect(await store.get(tenant, id(1))).toEqual(Buffer.from([1, 2, 3]));
  expect(await store.get(tenant, id(2))).toEqual(Buffer.from([4]));
  await expect(store.put(tenant, id(1), new Uint8Array([9]))).rejects.toThrow(/EEXIST/);
  expect(await store.get(tenant, id(1))).toEqual(Buffer.from([1, 2, 3]));
});

it('makes a folder removed behind its back again, and writes into the new one', async () => {
  await store.put(tenant, id(1), new Uint8Array([1]));
  fs.rmSync(path.join(root, tenant), { recursive: true });
  await store.put(tenant, id(2), new Uint8Array([2]));
  expect(fs.readdirSync(path.join(root, tenant))).toEqual([id(2)]);
  expect(await store.get(tenant, id(2))).toEqual(Buffer.from([2]));
});

it.runIf(process.platform === 'linux')('leaves no descriptor open once closed', async () => {
  for (let n = 1; n <= 20; n++) await store.put(tenant, id(n), new Uint8Array([n]));
  // a file's descriptor is closed just after its put resolves; the folder's stays open for the next file's flush
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(openInStore()).toEqual([path.join(root, tenant)]);
  await store.close();
  expect(openInStore()).toEqual([]);
});
