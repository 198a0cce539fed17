import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from './db/connect.js';
import { newId } from './ids.js';
import { tenantZone } from './tenancy.js';

describe("a tenant's time zone", () => {
  let dir: string;
  let handle: DbHandle;
  const ctxOf = (tenantId: string) => ({ db: handle.db, actor: { tenantId } });
  const addTenant = (id: string, zone: string) =>
    handle.db.insertInto('tenants').values({ id, code: id, name: id, time_zone: zone, created_at: '2026-12-06T00:00:00.000Z' }).execute();
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'guanjia-tenancy-'));
    handle = connect({ sqliteFile: path.join(dir, 'tenancy.db') });
    await sql`create table tenants (id text primary key, code text, name text, time_zone text, created_at text)`.execute(handle.db);
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is each tenant’s own, read once and kept (a zone is set when the tenant is made)', async () => {
    const [shanghai, urumqi] = [newId(), newId()];
    await addTenant(shanghai, 'Asia/Shanghai');
    await addTenant(urumqi, 'Asia/Urumqi');
    expect(await tenantZone(ctxOf(urumqi))).toBe('Asia/Urumqi');
    expect(await tenantZone(ctxOf(shanghai))).toBe('Asia/Shanghai');
    // kept: the row is not read again (an edit by hand is seen after a restart)
    await handle.db.updateTable('tenants').set({ time_zone: 'Asia/Tokyo' }).where('id', '=', urumqi).execute();
    expect(await tenantZone(ctxOf(urumqi))).toBe('Asia/Urumqi');
  });

  it('is not kept for a tenant not made yet: the default until it exists, then its own', async () => {
    const later = newId();
    expect(await tenantZone(ctxOf(later))).toBe('Asia/Shanghai');
    await addTenant(later, 'Asia/Urumqi');
    expect(await tenantZone(ctxOf(later))).toBe('Asia/Urumqi');
  });
});
