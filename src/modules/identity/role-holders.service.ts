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
