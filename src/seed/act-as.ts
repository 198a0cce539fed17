import { loadGrantFacts } from '../modules/identity/access.repo.js';
import { findUserByUsername } from '../modules/identity/user.repo.js';
import type { Actor, UseCase } from '../platform/context.js';

/** Acts as a demo user, so the demo's history shows who prepared, approved and did what. */
export async function actAs(ctx: UseCase, username: string): Promise<UseCase> {
  const found = await findUserByUsername(ctx.db, ctx.actor.tenantId, username);
  if (!found) throw new Error(`the demo has no user ${username}`);
  const actor: Actor = {
    tenantId: ctx.actor.tenantId,
    userId: found.user.id,
    username,
    displayName: found.user.displayName,
    access: { grants: await loadGrantFacts(ctx.db, ctx.actor.tenantId, found.user.id), tokenPermissions: null },
    via: 'system',
  };
  return { ...ctx, actor };
}
