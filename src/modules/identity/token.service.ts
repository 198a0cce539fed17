import { permissionsAnywhere } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { TOKENS_MANAGE } from './identity.permissions.js';
import { newSecret } from './secret.js';
import * as repo from './session.repo.js';
import { TOKEN_PREFIX } from './session.service.js';

function requireTokenUser(ctx: UseCase): string {
  if (ctx.actor.via !== 'session' || !ctx.actor.userId) {
    throw new DomainError('forbidden', 'auth.forbidden', 'tokens are managed by a signed-in user');
  }
  if (!permissionsAnywhere(ctx.actor.access, [TOKENS_MANAGE]).length) {
    throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${TOKENS_MANAGE}`);
  }
  return ctx.actor.userId;
}

const present = (t: Awaited<ReturnType<typeof repo.findToken>> & object) => ({
  id: t.id,
  name: t.name,
  permissions: JSON.parse(t.permissions) as string[],
  createdAt: t.created_at,
  expiresAt: t.expires_at,
  lastUsedAt: t.last_used_at,
  revokedAt: t.revoked_at,
});

/** Creates an API token limited to some of the caller's own permissions; the secret is shown once. */
export async function createToken(ctx: UseCase, input: { name: string; permissions: string[]; expiresInDays?: number | undefined }) {
  const userId = requireTokenUser(ctx);
  const held = permissionsAnywhere(ctx.actor.access, ctx.modules.permissionCodes);
  const beyond = input.permissions.filter((p) => !held.includes(p));
  if (beyond.length) throw fieldError('forbidden', 'auth.cannot_grant_beyond_own', 'permissions', `you do not hold: ${beyond.join(', ')}`);
  const secret = newSecret(TOKEN_PREFIX);
  return inTransaction(ctx, async (tx) => {
    const expiresAt = input.expiresInDays ? new Date(new Date(tx.now).getTime() + input.expiresInDays * 86_400_000).toISOString() : null;
    const id = newId();
    await repo.insertToken(tx.db, {
      tenantId: tx.actor.tenantId,
      id,
      userId,
      name: input.name,
      tokenHash: secret.hash,
      permissions: input.permissions,
      at: tx.now,
      expiresAt,
    });
    await tx.audit({
      action: 'token.create',
      entity: 'user',
      entityId: userId,
      after: { tokenId: id, name: input.name, permissions: input.permissions, expiresAt },
    });
    const token = await repo.findToken(tx.db, tx.actor.tenantId, id);
    return { ...present(token!), token: secret.tenantBound(tx.actor.tenantId) };
  });
}

export async function listTokens(ctx: UseCase) {
  const userId = requireTokenUser(ctx);
  return (await repo.listTokens(ctx.db, ctx.actor.tenantId, userId)).map(present);
}

export async function revokeToken(ctx: UseCase, id: string) {
  const userId = requireTokenUser(ctx);
  return inTransaction(ctx, async (tx) => {
    const t = await repo.findToken(tx.db, tx.actor.tenantId, id);
    if (!t || t.user_id !== userId) throw notFound('token');
    await repo.revokeToken(tx.db, tx.actor.tenantId, id, tx.now);
    await tx.audit({ action: 'token.revoke', entity: 'user', entityId: userId, after: { tokenId: id } });
    return present({ ...t, revoked_at: t.revoked_at ?? tx.now });
  });
}
