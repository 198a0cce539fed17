import { type Access, accessNear, permissionsAnywhere } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import type { AccessAt } from '../../platform/modules.js';
import { kindsAround } from '../orgs/org.service.js';
import { findTenant } from './session.repo.js';
import * as users from './user.repo.js';

/** The signed-in user, their grants, and which parts of the app they may open (the menu). */
export async function me(ctx: UseCase) {
  if (!ctx.actor.userId) throw new DomainError('unauthenticated', 'auth.required', 'sign in first');
  const found = await users.findUser(ctx.db, ctx.actor.tenantId, ctx.actor.userId);
  const tenant = await findTenant(ctx.db, { id: ctx.actor.tenantId });
  if (!found || !tenant) throw new DomainError('unauthenticated', 'auth.required', 'sign in first');
  const a = ctx.actor.access;
  return {
    user: {
      id: found.user.id,
      username: found.user.username,
      displayName: found.user.displayName,
      phone: found.user.phone,
      orgId: found.user.orgId,
      orgName: found.orgName,
      mustChangePassword: found.user.mustChangePassword,
    },
    tenant: { id: tenant.id, code: tenant.code, name: tenant.name, timeZone: tenant.time_zone },
    grants: (await users.listGrants(ctx.db, ctx.actor.tenantId, ctx.actor.userId)).map((g) => ({
      id: g.id,
      roleCode: g.roleCode,
      roleName: g.roleName,
      orgId: g.orgId,
      orgName: g.orgName,
    })),
    permissions: permissionsAnywhere(a, ctx.modules.permissionCodes),
    abilities: await abilitiesOf(ctx),
  };
}

/**
 * Which parts of the app the caller may open: each module says so for its own pages, from the grants held where its
 * work is done (`runsAt`: a fee desk for a cashier of an office, not of a GPS department).
 */
async function abilitiesOf(ctx: UseCase): Promise<Record<string, boolean>> {
  const access = ctx.actor.access;
  const near = await kindsAround(ctx, [...new Set(access.grants.map((g) => g.orgPath))]);
  const narrowed = new Map<string, Access>();
  const at: AccessAt = (kinds) => {
    const key = [...kinds].sort().join();
    const kept = narrowed.get(key);
    if (kept) return kept;
    const a = accessNear(access, near, kinds);
    narrowed.set(key, a);
    return a;
  };
  const out: Record<string, boolean> = {};
  for (const m of ctx.modules.modules) if (m.abilities) Object.assign(out, await m.abilities(m.runsAt ? at(m.runsAt) : access, ctx, at));
  return out;
}
