import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, plainPng, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
let tenantDir: string;
beforeAll(async () => {
  t = await startTestEnv();
  const tenant = await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  tenantDir = path.join(t.database.dataDir, 'blobs', tenant.id);
});
afterAll(() => t.close());

/** Every `blobs` row whose file is missing or holds other bytes than the row records (a backup would lose it). */
async function rowsWithoutTheirFile(): Promise<string[]> {
  const rows = await t.runtime.deps.db.selectFrom('blobs').select(['id', 'sha256', 'size']).execute();
  return rows
    .filter((r) => {
      const file = path.join(tenantDir, r.id);
      if (!fs.existsSync(file)) return true;
      const bytes = fs.readFileSync(file);
      return bytes.length !== Number(r.size) || createHash('sha256').update(bytes).digest('hex') !== r.sha256;
    })
    .map((r) => r.id);
}

const blobRows = async () =>
  Number(
    (
      await t.runtime.deps.db
        .selectFrom('blobs')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('signatures and photos are written before the rows that name them (issue 13)', () => {
  it('a stale acceptance names no file; the accepted round names a file on disk with the bytes its row records', async () => {
    const o = await driveTo(t, 'completed');
    const cleaner = await t.login('sunxy');
    const rows = await blobRows();

    const stale = await cleaner.post(`/api/orders/${o.id}/accept`, {
      version: o.version - 1,
      signerName: '李先生',
      signature: SIGNATURE_PNG,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');
    const unchanged = (await cleaner.get(`/api/orders/${o.id}`)).body;
    expect(unchanged).toMatchObject({ state: 'completed', version: o.version });
    expect(unchanged.rounds.every((r: { signatureBlobId: string | null }) => r.signatureBlobId === null)).toBe(true);
    expect(await blobRows()).toBe(rows);
    expect(await rowsWithoutTheirFile()).toEqual([]);

    const signed = await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '李先生', signature: SIGNATURE_PNG });
    expect(signed.status).toBe(200);
    const blobId: string = signed.body.rounds[0].signatureBlobId;
    expect(await blobRows()).toBe(rows + 1);
    const row = await t.runtime.deps.db.selectFrom('blobs').selectAll().where('id', '=', blobId).executeTakeFirstOrThrow();
    expect(
      createHash('sha256')
        .update(fs.readFileSync(path.join(tenantDir, blobId)))
        .digest('hex'),
    ).toBe(row.sha256);
    expect(await rowsWithoutTheirFile()).toEqual([]);
  });

  it('a photo refused to a reader outside the office names no file; one added by the office is on disk', async () => {
    const o = await driveTo(t, 'quoted');
    const rows = await blobRows();
    const photo = plainPng(64, 48, [200, 220, 240, 255]);
    const outsider = await t.login('zhaolei');
    expect((await outsider.post(`/api/orders/${o.id}/photos`, { image: photo })).status).toBe(404);
    expect(await blobRows()).toBe(rows);

    const added = await (await t.login('wangfang')).post(`/api/orders/${o.id}/photos`, { image: photo });
    expect(added.status).toBe(200);
    const [kept] = added.body.photos as { blobId: string }[];
    expect(fs.existsSync(path.join(tenantDir, kept?.blobId ?? 'none'))).toBe(true);
    expect(await blobRows()).toBe(rows + 1);
    expect(await rowsWithoutTheirFile()).toEqual([]);
  });
});
