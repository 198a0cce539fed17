import { type Access, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { loadGrantFacts } from './access.repo.js';
import { USERS_MANAGE, USERS_READ } from './identity.permissions.js';
import { hashPassword, requireStrongPassword } from './password.js';
import * as roles from './role.repo.js';
import * as sessions from './session.repo.js';
import { canGrantRole, userAbilities } from './user.policy.js';
import * as repo from './user.repo.js';
import type { User } from './user.types.js';

type Located = { user: User; orgPath: string; orgName: string };

function present(ctx: UseCase, { user, orgPath, orgName }: Located) {
  return { ...user, orgName, abilities: userAbilities(ctx.actor.access, user, orgPath, user.id === ctx.actor.userId) };
}

/** Loads a user and checks `permission` on their node: 404 outside the caller's nodes, 403 inside. */
async function load(ctx: UseCase, id: string, permission: string) {
  const found = await repo.findUser(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('user');
  authorize(ctx.actor.access, permission, found.orgPath, 'user');
  return found;
}

/** Users in the caller's `users.read` subtrees, optionally under one node. */
export async function listUsers(ctx: UseCase, f: Omit<repo.UserFilter, 'scope' | 'orgPath'>) {
  const scope = scopeOf(ctx.actor.access, USERS_READ);
  if (scope.length === 0) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${USERS_READ}`);
  const orgPath = f.orgId ? (await loadVisibleOrg(ctx, f.orgId)).path : undefined;
  const { items, total } = await repo.listUsers(ctx.db, ctx.actor.tenantId, { ...f, scope, orgPath });
  return { items: items.map((u) => present(ctx, u)), total, page: f.page, pageSize: f.pageSize };
}

/** One user with their active grants. */
export async function getUser(ctx: UseCase, id: string) {
  const found = await load(ctx, id, USERS_READ);
  return { ...present(ctx, found), grants: await repo.listGrants(ctx.db, ctx.actor.tenantId, id) };
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  phone?: string | null | undefined;
  licenceNo?: string | null | undefined;
  orgId: string;
  password: string;
  mustChangePassword?: boolean | undefined;
}

/** Creates a user at a node the caller manages. */
export async function createUser(ctx: UseCase, input: CreateUserInput) {
  requireStrongPassword(input.password, input.username, 'password');
  const hash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const org = await loadVisibleOrg(tx, input.orgId).catch(() => {
      throw fieldError('not_found', 'org.not_found', 'orgId', 'node not found');
    });
    authorize(tx.actor.access, USERS_MANAGE, org.path, 'org');
    if (!org.active) throw fieldError('unprocessable', 'org.inactive', 'orgId', 'the node is deactivated');
    const user: User = {
      id: newId(),
      tenantId: tx.actor.tenantId,
      username: input.username,
      displayName: input.displayName,
      phone: input.phone ?? null,
      licenceNo: input.licenceNo ?? null,
      orgId: org.id,
      mustChangePassword: input.mustChangePassword ?? true,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    // a username already taken answers user.username_taken (modules/unique-rules.ts)
    await repo.insertUser(tx.db, user, hash);
    await tx.audit({ action: 'user.create', entity: 'user', entityId: user.id, after: user });
    return present(tx, { user, orgPath: org.path, orgName: org.name });
  });
}

async function save(tx: Tx, before: User, next: User, action: string, extra?: { passwordHash?: string; reason?: string }) {
  if (!(await repo.updateUser(tx.db, next, before.version, extra?.passwordHash))) {
    throw new DomainError('conflict', 'record.version_conflict', 'the user was changed by someone else; reload');
  }
  await tx.audit({ action, entity: 'user', entityId: next.id, before, after: extra?.reason ? { ...next, reason: extra.reason } : next });
}

/** Changes name, phone, licence number or node of a user. */
export async function updateUser(
  ctx: UseCase,
  id: string,
  input: {
    displayName?: string | undefined;
    phone?: string | null | undefined;
    licenceNo?: string | null | undefined;
    orgId?: string | undefined;
    version?: number | undefined;
  },
) {
  return inTransaction(ctx, async (tx) => {
    const found = await load(tx, id, USERS_MANAGE);
    if (input.version !== undefined && input.version !== found.user.version) {
      throw new DomainError('conflict', 'record.version_conflict', 'the user was changed by someone else; reload');
    }
    let located = { orgPath: found.orgPath, orgName: found.orgName };
    if (input.orgId && input.orgId !== found.user.orgId) {
      const org = await loadVisibleOrg(tx, input.orgId);
      authorize(tx.actor.access, USERS_MANAGE, org.path, 'org');
      located = { orgPath: org.path, orgName: org.name };
    }
    const next: User = {
      ...found.user,
      displayName: input.displayName ?? found.user.displayName,
      phone: input.phone === undefined ? found.user.phone : input.phone,
      licenceNo: input.licenceNo === undefined ? found.user.licenceNo : input.licenceNo,
      orgId: input.orgId ?? found.user.orgId,
      version: found.user.version + 1,
      updatedAt: tx.now,
    };
    await save(tx, found.user, next, 'user.update');
    return present(tx, { user: next, ...located });
  });
}

/** Deactivates (never deletes) a user, ending their sessions; or activates them again. */
export async function setUserActive(ctx: UseCase, id: string, active: boolean, reason: string | undefined) {
  return inTransaction(ctx, async (tx) => {
    const found = await load(tx, id, USERS_MANAGE);
    if (!active && id === tx.actor.userId)
      throw new DomainError('unprocessable', 'user.cannot_deactivate_self', 'you cannot deactivate yourself');
    if (found.user.active === active) return present(tx, found);
    const next = { ...found.user, active, version: found.user.version + 1, updatedAt: tx.now };
    await save(tx, found.user, next, active ? 'user.activate' : 'user.deactivate', reason ? { reason } : undefined);
    if (!active) await sessions.revokeUserSessions(tx.db, tx.actor.tenantId, id, tx.now);
    return present(tx, { ...found, user: next });
  });
}

/**
 * An administrator sets a new password; the user must change it at next sign-in. Never one's own:
 * that takes the current password (POST /api/auth/password), so a stolen administrator's session is
 * not enough to take the account over.
 */
export async function resetPassword(ctx: UseCase, id: string, newPassword: string) {
  const target = await load(ctx, id, USERS_MANAGE);
  if (id === ctx.actor.userId) {
    throw new DomainError('forbidden', 'user.cannot_reset_own_password', 'change your own password with your current one');
  }
  requireStrongPassword(newPassword, target.user.username, 'newPassword');
  // hashed before the transaction: argon2 takes tens of milliseconds the write lock need not wait for
  const hash = await hashPassword(newPassword);
  return inTransaction(ctx, async (tx) => {
    const found = await load(tx, id, USERS_MANAGE);
    const next = { ...found.user, mustChangePassword: true, version: found.user.version + 1, updatedAt: tx.now };
    await save(tx, found.user, next, 'user.reset_password', { passwordHash: hash });
    await sessions.revokeUserSessions(tx.db, tx.actor.tenantId, id, tx.now);
    return present(tx, { ...found, user: next });
  });
}

/** Grants a role at a node; it holds for the node's subtree. */
export async function grantRole(ctx: UseCase, userId: string, input: { roleId: string; orgId: string }) {
  return inTransaction(ctx, async (tx) => {
    await load(tx, userId, USERS_MANAGE);
    const org = await loadVisibleOrg(tx, input.orgId);
    const role = await roles.findRole(tx.db, tx.actor.tenantId, { id: input.roleId });
    if (!role) throw fieldError('not_found', 'role.not_found', 'roleId', 'role not found');
    authorize(tx.actor.access, USERS_MANAGE, org.path, 'org');
    if (!canGrantRole(tx.actor.access, role.permissions, org.path)) {
      throw fieldError(
        'forbidden',
        'auth.cannot_grant_beyond_own',
        'roleId',
        'you cannot grant a role with permissions you do not hold there',
      );
    }
    if (await repo.hasActiveGrant(tx.db, tx.actor.tenantId, userId, role.id, org.id)) {
      throw new DomainError('conflict', 'grant.exists', 'the user already has this role here');
    }
    const grant = { tenantId: tx.actor.tenantId, id: newId(), userId, roleId: role.id, orgId: org.id, createdAt: tx.now };
    await repo.insertGrant(tx.db, grant);
    await tx.audit({
      action: 'user.grant',
      entity: 'user',
      entityId: userId,
      after: { grantId: grant.id, role: role.code, orgId: org.id, orgName: org.name },
    });
    return repo.listGrants(tx.db, tx.actor.tenantId, userId);
  });
}

/** Revokes a grant (kept, marked revoked). */
export async function revokeGrant(ctx: UseCase, userId: string, grantId: string) {
  return inTransaction(ctx, async (tx) => {
    await load(tx, userId, USERS_MANAGE);
    const grant = await repo.findGrant(tx.db, tx.actor.tenantId, grantId);
    if (!grant || grant.user_id !== userId || grant.revoked_at) throw notFound('grant');
    const org = await loadVisibleOrg(tx, grant.org_id);
    authorize(tx.actor.access, USERS_MANAGE, org.path, 'grant');
    await repo.revokeGrant(tx.db, tx.actor.tenantId, grantId, tx.now);
    await tx.audit({
      action: 'user.revoke',
      entity: 'user',
      entityId: userId,
      before: { grantId, roleId: grant.role_id, orgId: grant.org_id },
    });
    return repo.listGrants(tx.db, tx.actor.tenantId, userId);
  });
}

/** Where a user sits and whether they are active, for rules placing them (no read check). */
export async function userPlacement(
  ctx: UseCase,
  id: string,
): Promise<{ active: boolean; displayName: string; orgPath: string } | undefined> {
  const found = await repo.findUser(ctx.db, ctx.actor.tenantId, id);
  return found && { active: found.user.active, displayName: found.user.displayName, orgPath: found.orgPath };
}

/** The names of the tenant's users among `ids`, active or not (other ids and nulls are left out). */
export async function userNames(ctx: UseCase, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  return repo.displayNames(ctx.db, ctx.actor.tenantId, ids);
}

/** What another person may do where (their active grants), for rules that depend on the receiver's role. */
export async function userAccess(ctx: UseCase, id: string): Promise<Access> {
  return { grants: await loadGrantFacts(ctx.db, ctx.actor.tenantId, id), tokenPermissions: null };
}

/** Resolves `username` or id to a user id, for the CLI. */
export async function findUserIdByUsername(ctx: UseCase, username: string): Promise<string | undefined> {
  return (await repo.findUserByUsername(ctx.db, ctx.actor.tenantId, username))?.user.id;
}
