import { tokenAccess } from '../../platform/authz/access.js';
import type { Actor, AppDeps, Tx, UseCase } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { loadGrantFacts } from './access.repo.js';
import { actorCacheOf, type CachedCaller } from './actor-cache.js';
import { readAuthzVersion } from './authz-version.repo.js';
import { hashPassword, requireStrongPassword, verifyPassword } from './password.js';
import { newSecret, parseSecret } from './secret.js';
import * as sessions from './session.repo.js';
import * as users from './user.repo.js';

export const SESSION_COOKIE = 'gj_session';
export const TOKEN_PREFIX = 'gjt_';

async function actorFor(
  deps: AppDeps,
  tenantId: string,
  user: { id: string; username: string; display_name: string; active: number; must_change_password: number },
  via: Actor['via'],
  tokenPermissions: string[] | null,
): Promise<Actor | null> {
  if (Number(user.active) !== 1) return null;
  const grants = await loadGrantFacts(deps.db, tenantId, user.id);
  return {
    tenantId,
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    access: tokenPermissions ? tokenAccess(grants, tokenPermissions) : { grants, tokenPermissions: null },
    via,
    mustChangePassword: Number(user.must_change_password) === 1,
  };
}

function sessionExpiry(deps: AppDeps, createdAt: string, now: Date): string {
  const idle = now.getTime() + deps.config.sessionIdleMinutes * 60_000;
  const max = new Date(createdAt).getTime() + deps.config.sessionMaxHours * 3_600_000;
  return new Date(Math.min(idle, max)).toISOString();
}

export type SessionResolution = { actor: Actor; tokenHash: string } | { expired: true } | null;

/** Loads a session and its actor from the database (a cache miss). */
async function loadSession(deps: AppDeps, tenantId: string, hash: string, now: string): Promise<CachedCaller | { expired: true } | null> {
  const s = await sessions.findSession(deps.db, tenantId, hash);
  if (!s || s.revoked_at) return null;
  if (s.expires_at <= now) return { expired: true };
  const actor = await actorFor(deps, s.tenant_id, { ...s, id: s.user_id }, 'session', null);
  return actor && { actor, expiresAt: s.expires_at, lastSeenAt: s.last_seen_at, createdAt: s.created_at };
}

/**
 * Turns a session cookie into an actor; slides the idle expiry at most once a minute. A session seen
 * before costs one read of the tenant's authorisation version (see `ActorCache`).
 */
export async function resolveSession(deps: AppDeps, cookie: string): Promise<SessionResolution> {
  const parsed = parseSecret(cookie);
  if (!parsed) return null;
  const cache = actorCacheOf(deps.db);
  const key = `session|${parsed.tenantId}|${parsed.hash}`;
  const version = await readAuthzVersion(deps.db, parsed.tenantId);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  let session = cache.get(key, parsed.tenantId, version);
  // past its cached expiry the session may have been slid by another process: ask the database
  if (!session || (session.expiresAt ?? '') <= nowIso) {
    cache.delete(key);
    const loaded = await loadSession(deps, parsed.tenantId, parsed.hash, nowIso);
    if (!loaded || 'expired' in loaded) return loaded;
    session = loaded;
    cache.set(key, parsed.tenantId, version, session);
  }
  if (now.getTime() - new Date(session.lastSeenAt ?? 0).getTime() > 60_000) {
    const expiresAt = sessionExpiry(deps, session.createdAt, now);
    await sessions.touchSession(deps.db, parsed.tenantId, parsed.hash, nowIso, expiresAt);
    session.lastSeenAt = nowIso;
    session.expiresAt = expiresAt;
  }
  return { actor: session.actor, tokenHash: parsed.hash };
}

/** Loads an API token and its actor from the database (a cache miss). */
async function loadToken(deps: AppDeps, tenantId: string, hash: string, now: string): Promise<CachedCaller | null> {
  const t = await sessions.findTokenByHash(deps.db, tenantId, hash);
  if (!t || t.revoked_at || (t.expires_at && t.expires_at <= now)) return null;
  const found = await actorFor(deps, t.tenant_id, { ...t, id: t.user_id }, 'token', JSON.parse(t.permissions) as string[]);
  return found && { actor: { ...found, tokenId: t.id }, expiresAt: t.expires_at, lastSeenAt: t.last_used_at, createdAt: t.created_at };
}

/** Turns `Authorization: Bearer gjt_…` into an actor limited to the token's permissions. */
export async function resolveToken(deps: AppDeps, bearer: string): Promise<Actor | null> {
  const parsed = parseSecret(bearer, TOKEN_PREFIX);
  if (!parsed) return null;
  const cache = actorCacheOf(deps.db);
  const key = `token|${parsed.tenantId}|${parsed.hash}`;
  const version = await readAuthzVersion(deps.db, parsed.tenantId);
  const now = deps.clock.now().toISOString();
  let token = cache.get(key, parsed.tenantId, version);
  if (token?.expiresAt && token.expiresAt <= now) {
    cache.delete(key);
    return null;
  }
  if (!token) {
    const loaded = await loadToken(deps, parsed.tenantId, parsed.hash, now);
    if (!loaded) return null;
    token = loaded;
    cache.set(key, parsed.tenantId, version, token);
  }
  // the last use is kept to the hour: one write an hour per token, not one per request
  if (!token.lastSeenAt || token.lastSeenAt.slice(0, 13) !== now.slice(0, 13)) {
    await sessions.markTokenUsed(deps.db, parsed.tenantId, token.actor.tokenId as string, now);
    token.lastSeenAt = now;
  }
  return token.actor;
}

async function resolveTenant(deps: AppDeps, code: string | undefined) {
  if (code) {
    const t = await sessions.findTenant(deps.db, { code });
    if (!t) throw new DomainError('unauthenticated', 'auth.invalid_credentials', 'wrong username or password');
    return t.id;
  }
  const tenants = await sessions.listTenantIds(deps.db, 2);
  if (tenants.length !== 1) throw fieldError('unprocessable', 'auth.tenant_required', 'tenant', 'say which organisation to sign in to');
  return tenants[0]!.id;
}

/**
 * Checks username and password and opens a session. Wrong user, wrong password and a deactivated
 * user all get the same answer, after the same work.
 */
export async function login(deps: AppDeps, input: { tenant?: string | undefined; username: string; password: string }, requestId: string) {
  const tenantId = await resolveTenant(deps, input.tenant);
  const found = await users.findUserByUsername(deps.db, tenantId, input.username);
  const ok = await verifyPassword(found?.passwordHash, input.password);
  if (!found || !ok || !found.user.active) {
    throw new DomainError('unauthenticated', 'auth.invalid_credentials', 'wrong username or password');
  }
  const user = found.user;
  const secret = newSecret();
  const ctx: UseCase = {
    ...deps,
    requestId,
    actor: {
      tenantId,
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      access: { grants: [], tokenPermissions: null },
      via: 'session',
    },
  };
  await inTransaction(ctx, async (tx) => {
    await sessions.insertSession(tx.db, {
      tenantId,
      tokenHash: secret.hash,
      userId: user.id,
      at: tx.now,
      expiresAt: sessionExpiry(deps, tx.now, new Date(tx.now)),
    });
    await tx.audit({ action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { cookie: secret.tenantBound(tenantId), userId: user.id, tenantId };
}

export async function logout(ctx: UseCase, tokenHash: string | null): Promise<void> {
  if (!tokenHash) return;
  await sessions.revokeSession(ctx.db, ctx.actor.tenantId, tokenHash, ctx.clock.now().toISOString());
}

/** Changes one's own password after checking the current one; other sessions are ended. */
export async function changePassword(
  ctx: UseCase,
  currentTokenHash: string | null,
  input: { currentPassword: string; newPassword: string },
) {
  if (!ctx.actor.userId || ctx.actor.via !== 'session') {
    throw new DomainError('forbidden', 'auth.forbidden', 'a password is changed by its user, signed in');
  }
  const userId = ctx.actor.userId;
  const found = await users.findUser(ctx.db, ctx.actor.tenantId, userId);
  if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword))) {
    throw fieldError('unprocessable', 'auth.wrong_current_password', 'currentPassword', 'the current password is wrong');
  }
  if (input.currentPassword === input.newPassword) {
    throw fieldError('unprocessable', 'auth.password_unchanged', 'newPassword', 'choose a password different from the current one');
  }
  requireStrongPassword(input.newPassword, found.user.username, 'newPassword');
  const hash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    const next = { ...found.user, mustChangePassword: false, version: found.user.version + 1, updatedAt: tx.now };
    if (!(await users.updateUser(tx.db, next, found.user.version, hash))) {
      throw new DomainError('conflict', 'record.version_conflict', 'changed meanwhile; try again');
    }
    await sessions.revokeUserSessions(tx.db, tx.actor.tenantId, userId, tx.now, currentTokenHash ?? undefined);
    await tx.audit({ action: 'user.change_password', entity: 'user', entityId: userId });
  });
}

/**
 * Demo mode: the clock jumped by `deltaMs`; the tenant's live sessions jump with it, so simulating a
 * month end does not sign everyone out (nor keep an expired session alive when going back).
 */
export async function followClockJump(tx: Tx, deltaMs: number): Promise<void> {
  await sessions.shiftLiveSessions(tx.db, tx.actor.tenantId, deltaMs);
}
