import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Override } from './params.rules.js';

type Db = Kysely<Database>;

export async function overridesOnPath(db: Db, tenantId: string, orgIds: readonly string[]): Promise<Override[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('regulation_params')
    .select(['org_id', 'key', 'value_json'])
    .where('tenant_id', '=', tenantId)
    .where('org_id', 'in', orgIds)
    .execute();
  return rows.map((r) => ({ orgId: r.org_id, key: r.key, value: r.value_json === null ? null : (JSON.parse(r.value_json) as number) }));
}

export async function upsertOverride(
  db: Db,
  tenantId: string,
  orgId: string,
  key: string,
  value: number | null,
  at: string,
  by: string | null,
) {
  const value_json = value === null ? null : JSON.stringify(value);
  await db
    .insertInto('regulation_params')
    .values({ tenant_id: tenantId, org_id: orgId, key, value_json, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.columns(['tenant_id', 'org_id', 'key']).doUpdateSet({ value_json, updated_at: at, updated_by: by }))
    .execute();
}

/** Values set for one parameter at nodes of a subtree (with their paths), for monitors that apply each node's value. */
export async function overridesUnder(
  db: Db,
  tenantId: string,
  pathPrefix: string,
  key: string,
): Promise<{ path: string; value: number }[]> {
  const rows = await db
    .selectFrom('regulation_params as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .select(['n.path', 'p.value_json'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.key', '=', key)
    .where('p.value_json', 'is not', null)
    .where('n.path', 'like', `${pathPrefix}%`)
    .execute();
  return rows.map((r) => ({ path: r.path, value: JSON.parse(r.value_json!) as number }));
}
