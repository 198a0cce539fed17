import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { FeeItem } from './fee.types.js';
import type { FeeItemTable } from './fees.tables.js';

type Db = Kysely<Database>;

const toItem = (r: Selectable<FeeItemTable>): FeeItem => ({
  id: r.id,
  code: r.code,
  name: r.name,
  active: Number(r.active) === 1,
  version: Number(r.version),
});

export async function listItems(db: Db, tenantId: string, f: { active?: boolean | undefined }) {
  let q = db.selectFrom('fee_items').selectAll().where('tenant_id', '=', tenantId);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  return (await q.orderBy('code').execute()).map(toItem);
}

export async function findItem(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('fee_items').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toItem(r);
}

export async function insertItem(db: Db, tenantId: string, item: FeeItem, now: string) {
  await db
    .insertInto('fee_items')
    .values({
      tenant_id: tenantId,
      id: item.id,
      code: item.code,
      name: item.name,
      active: item.active ? 1 : 0,
      version: item.version,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateItem(db: Db, tenantId: string, item: FeeItem, expected: number, now: string): Promise<boolean> {
  const res = await db
    .updateTable('fee_items')
    .set({ name: item.name, active: item.active ? 1 : 0, version: item.version, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', item.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
