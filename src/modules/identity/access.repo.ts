import type { Kysely } from 'kysely';
import type { GrantFact } from '../../platform/authz/access.js';
import type { Database } from '../../platform/db/schema.js';

/**
 * The grant facts the pure access rules decide on: one query per request (grants at active nodes,
 * not revoked, with their roles' permissions).
 */
export async function loadGrantFacts(db: Kysely<Database>, tenantId: string, userId: string): Promise<GrantFact[]> {
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'g.tenant_id').onRef('o.id', '=', 'g.org_id'))
    .leftJoin('role_permissions as p', (j) => j.onRef('p.tenant_id', '=', 'g.tenant_id').onRef('p.role_id', '=', 'g.role_id'))
    .select(['g.id', 'g.org_id', 'o.path', 'r.code', 'p.permission'])
    .where('g.tenant_id', '=', tenantId)
    .where('g.user_id', '=', userId)
    .where('g.revoked_at', 'is', null)
    .where('o.active', '=', 1)
    .execute();
  const byGrant = new Map<string, { orgId: string; orgPath: string; roleCode: string; permissions: string[] }>();
  for (const r of rows) {
    let g = byGrant.get(r.id);
    if (!g) {
      g = { orgId: r.org_id, orgPath: r.path, roleCode: r.code, permissions: [] };
      byGrant.set(r.id, g);
    }
    if (r.permission) g.permissions.push(r.permission);
  }
  return [...byGrant.values()];
}
