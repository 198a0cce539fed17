import type { Kysely } from 'kysely';
import type { GrantFact } from '../../platform/authz/access.js';
import type { Database } from '../../platform/db/schema.js';
import { permissionsOfRoles } from './role.repo.js';
import { listGrants } from './user.repo.js';

/** The grant facts the pure access rules decide on, loaded once per request. */
export async function loadGrantFacts(db: Kysely<Database>, tenantId: string, userId: string): Promise<GrantFact[]> {
  const grants = await listGrants(db, tenantId, userId);
  const perms = await permissionsOfRoles(db, tenantId, [...new Set(grants.map((g) => g.roleId))]);
  return grants.map((g) => ({ orgId: g.orgId, orgPath: g.orgPath, roleCode: g.roleCode, permissions: perms.get(g.roleId) ?? [] }));
}
