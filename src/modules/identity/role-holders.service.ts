import type { UseCase } from '../../platform/context.js';

/** Active users holding a role (by code) through a live grant at an active node, with the node's path. */
export async function roleHolders(ctx: UseCase, roleCode: string): Promise<{ userId: string; orgPath: string }[]> {
  return (
    await ctx.db
      .selectFrom('grants as g')
      .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
      .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'g.tenant_id').onRef('o.id', '=', 'g.org_id'))
      .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
      .select(['g.user_id', 'o.path'])
      .where('g.tenant_id', '=', ctx.actor.tenantId)
      .where('r.code', '=', roleCode)
      .where('g.revoked_at', 'is', null)
      .where('o.active', '=', 1)
      .where('u.active', '=', 1)
      .execute()
  ).map((r) => ({ userId: r.user_id, orgPath: r.path }));
}

/** An active user holding a permission through a live grant: where they work (home node) and where it holds. */
export interface PermissionHolder {
  userId: string;
  displayName: string;
  homePath: string;
  grantPath: string;
}

/**
 * Every active user holding `permission` through a live grant at an active node, with their home node's path and the
 * grant's (a grant holds for its subtree): who, of a department, can act on what is sent there (answer a forward).
 * It tells names, not accounts.
 */
export async function permissionHolders(ctx: UseCase, permission: string): Promise<PermissionHolder[]> {
  const rows = await ctx.db
    .selectFrom('grants as g')
    .innerJoin('role_permissions as p', (j) => j.onRef('p.tenant_id', '=', 'g.tenant_id').onRef('p.role_id', '=', 'g.role_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'g.tenant_id').onRef('o.id', '=', 'g.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select(['u.id', 'u.display_name', 'home.path as home_path', 'o.path as grant_path'])
    .where('g.tenant_id', '=', ctx.actor.tenantId)
    .where('p.permission', '=', permission)
    .where('g.revoked_at', 'is', null)
    .where('o.active', '=', 1)
    .where('u.active', '=', 1)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ userId: r.id, displayName: r.display_name, homePath: r.home_path, grantPath: r.grant_path }));
}
