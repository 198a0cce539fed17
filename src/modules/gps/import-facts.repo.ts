import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** Rows of `table` whose `column` is among `keys`, with their office's path (in chunks, for the engines' limits). */
async function byKeys<T extends 'gps_vehicles' | 'gps_terminals' | 'gps_sims'>(
  db: Db,
  table: T,
  column: string,
  tenantId: string,
  keys: readonly string[],
) {
  const out: (Record<string, unknown> & { office_path: string })[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    let q = db
      .selectFrom(`${table} as x` as 'gps_sims as x')
      .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'x.tenant_id').onRef('o.id', '=', 'x.office_id'))
      .selectAll('x')
      .select('o.path as office_path')
      .where('x.tenant_id', '=', tenantId)
      // biome-ignore lint/suspicious/noExplicitAny: the key column is one of the table's own
      .where(`x.${column}` as any, 'in', keys.slice(i, i + 500));
    if (table === 'gps_vehicles') q = q.where('x.active' as 'x.state', '=', 1 as never);
    out.push(...((await q.execute()) as unknown as (Record<string, unknown> & { office_path: string })[]));
  }
  return out;
}

export const vehiclesByPlate = (db: Db, tenantId: string, plates: readonly string[]) =>
  byKeys(db, 'gps_vehicles', 'plate', tenantId, plates);
export const terminalsBySerial = (db: Db, tenantId: string, serials: readonly string[]) =>
  byKeys(db, 'gps_terminals', 'serial', tenantId, serials);
export const simsByNumber = (db: Db, tenantId: string, numbers: readonly string[]) => byKeys(db, 'gps_sims', 'number', tenantId, numbers);

/** The office's active customers. */
export async function customersOf(db: Db, tenantId: string, officeId: string) {
  return db
    .selectFrom('gps_customers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('active', '=', 1)
    .execute();
}

/** Every model of the tenant with its office's path. */
export async function productsAll(db: Db, tenantId: string) {
  return db
    .selectFrom('gps_products as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .select(['p.id', 'p.model_code', 'p.active', 'o.path as office_path'])
    .where('p.tenant_id', '=', tenantId)
    .execute();
}
