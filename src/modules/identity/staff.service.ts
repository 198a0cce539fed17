import { decide } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { orgById } from '../orgs/org.service.js';

const ASSIGN = 'orders.assign';
/** The tenant's root node of a materialised path (`/root/…/node/`). */
const rootOf = (path: string) => `/${path.split('/').filter(Boolean)[0]}/`;

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  orgName: string;
}

/**
 * The active people of a node (its departments included) who hold one of `permissions` through an
 * active grant: the pickers of daily work (assign a cleaner, hand cash to a supervisor or cashier,
 * name the cashier of a book). Anyone who sees the node may ask, and so may anyone who works inside
 * it (a cleaner granted at a department lists her office's supervisors); it tells names, not accounts.
 */
export async function listStaff(
  ctx: UseCase,
  orgId: string,
  permissions: readonly string[],
  scope: 'node' | 'all' = 'node',
): Promise<StaffMember[]> {
  const unknown = permissions.find((p) => !ctx.modules.permissionCodes.includes(p));
  if (unknown) throw fieldError('unprocessable', 'validation.invalid', 'permission', `unknown permission ${unknown}`);
  const node = await orgById(ctx, orgId);
  const worksInside = node && ctx.actor.access.grants.some((g) => g.orgPath.startsWith(node.path));
  if (!node || (!worksInside && decide(ctx.actor.access, '', node.path) === 'not_found')) throw notFound('org');
  // A4.7: the manager who assigns the node's orders may send, in an emergency, anyone active of the company
  if (scope === 'all' && decide(ctx.actor.access, ASSIGN, node.path) !== 'allow') throw forbidden(ASSIGN);
  const within = [scope === 'all' ? rootOf(node.path) : node.path];
  const tenantId = ctx.actor.tenantId;
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select(['u.id', 'u.username', 'u.display_name', 'home.name as org_name'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', 1)
    .where(pathWithin('home.path', within))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('grants as g')
          .innerJoin('role_permissions as p', (j) => j.onRef('p.tenant_id', '=', 'g.tenant_id').onRef('p.role_id', '=', 'g.role_id'))
          .innerJoin('org_nodes as at', (j) => j.onRef('at.tenant_id', '=', 'g.tenant_id').onRef('at.id', '=', 'g.org_id'))
          .select('g.id')
          .whereRef('g.tenant_id', '=', 'u.tenant_id')
          .whereRef('g.user_id', '=', 'u.id')
          .where('g.revoked_at', 'is', null)
          .where('at.active', '=', 1)
          .where('p.permission', 'in', [...permissions]),
      ),
    )
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, orgName: r.org_name }));
}

/**
 * The active people whose home node is within `orgPath` (a station's staff), by name; with `userId`, only that person
 * if they are one of them. For a caller that already loaded the node's record with its own access check.
 */
export async function membersOf(ctx: UseCase, orgPath: string, userId?: string): Promise<{ id: string; displayName: string }[]> {
  let q = ctx.db
    .selectFrom('users as u')
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select(['u.id', 'u.display_name'])
    .where('u.tenant_id', '=', ctx.actor.tenantId)
    .where('u.active', '=', 1)
    .where(pathWithin('home.path', [orgPath]));
  if (userId) q = q.where('u.id', '=', userId);
  const rows = await q.orderBy('u.display_name').orderBy('u.id').execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}
