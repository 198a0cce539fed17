import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Role } from './user.types.js';

type Db = Kysely<Database>;

async function withPermissions(
  db: Db,
  tenantId: string,
  rows: { id: string; code: string; name: string; builtin: number }[],
): Promise<Role[]> {
  if (rows.length === 0) return [];
  const perms = await db
    .selectFrom('role_permissions')
    .select(['role_id', 'permission'])
    .where('tenant_id', '=', tenantId)
    .where(
      'role_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('permission')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    builtin: Number(r.builtin) === 1,
    permissions: perms.filter((p) => p.role_id === r.id).map((p) => p.permission),
  }));
}

export async function listRoles(db: Db, tenantId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('roles')
    .select(['id', 'code', 'name', 'builtin'])
    .where('tenant_id', '=', tenantId)
    .orderBy('builtin', 'desc')
    .orderBy('code')
    .execute();
  return withPermissions(db, tenantId, rows);
}

export async function findRole(db: Db, tenantId: string, by: { id: string } | { code: string }): Promise<Role | undefined> {
  let q = db.selectFrom('roles').select(['id', 'code', 'name', 'builtin']).where('tenant_id', '=', tenantId);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('code', '=', by.code);
  const row = await q.executeTakeFirst();
  return row ? (await withPermissions(db, tenantId, [row]))[0] : undefined;
}

/** Permissions of several roles at once (for access loading). */
export async function permissionsOfRoles(db: Db, tenantId: string, roleIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (roleIds.length === 0) return out;
  const rows = await db
    .selectFrom('role_permissions')
    .select(['role_id', 'permission'])
    .where('tenant_id', '=', tenantId)
    .where('role_id', 'in', roleIds)
    .execute();
  for (const r of rows) out.set(r.role_id, [...(out.get(r.role_id) ?? []), r.permission]);
  return out;
}

export async function insertRole(db: Db, tenantId: string, role: Role, at: string): Promise<void> {
  await db
    .insertInto('roles')
    .values({
      tenant_id: tenantId,
      id: role.id,
      code: role.code,
      name: role.name,
      builtin: role.builtin ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await setRolePermissions(db, tenantId, role.id, role.permissions);
}

export async function updateRoleName(db: Db, tenantId: string, id: string, name: string, at: string): Promise<void> {
  await db.updateTable('roles').set({ name, updated_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Replaces a role's permission set. The rows are a set's members, not business records. */
export async function setRolePermissions(db: Db, tenantId: string, roleId: string, permissions: readonly string[]): Promise<void> {
  await db.deleteFrom('role_permissions').where('tenant_id', '=', tenantId).where('role_id', '=', roleId).execute();
  if (permissions.length) {
    await db
      .insertInto('role_permissions')
      .values([...new Set(permissions)].map((permission) => ({ tenant_id: tenantId, role_id: roleId, permission })))
      .execute();
  }
}
