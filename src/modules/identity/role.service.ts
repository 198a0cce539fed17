import { hasAnywhere } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { BUILTIN_ROLES, type BuiltinRoleCode } from '../../platform/authz/permissions.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { rootOrg } from '../orgs/org.service.js';
import { ROLES_MANAGE, USERS_MANAGE, USERS_READ } from './identity.permissions.js';
import * as repo from './role.repo.js';
import type { Role } from './user.types.js';

function requireRoleReader(ctx: UseCase) {
  const a = ctx.actor.access;
  if (![USERS_READ, USERS_MANAGE, ROLES_MANAGE].some((p) => hasAnywhere(a, p))) {
    throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${USERS_READ}`);
  }
}

/** Roles are tenant-wide: managing them needs `roles.manage` at the root node. */
async function requireRoleManager(ctx: UseCase) {
  const root = await rootOrg(ctx);
  authorize(ctx.actor.access, ROLES_MANAGE, root?.path ?? '/', 'role');
}

async function canManage(ctx: UseCase) {
  return requireRoleManager(ctx).then(
    () => true,
    () => false,
  );
}

const present = (role: Role, manage: boolean) => ({ abilities: { update: manage && !role.builtin }, ...role });

export async function listRoles(ctx: UseCase) {
  requireRoleReader(ctx);
  const manage = await canManage(ctx);
  return (await repo.listRoles(ctx.db, ctx.actor.tenantId)).map((r) => present(r, manage));
}

export async function getRole(ctx: UseCase, id: string) {
  requireRoleReader(ctx);
  const role = await repo.findRole(ctx.db, ctx.actor.tenantId, { id });
  if (!role) throw notFound('role');
  return present(role, await canManage(ctx));
}

/** The permission catalogue every module declares. */
export function listPermissions(ctx: UseCase) {
  requireRoleReader(ctx);
  return [...ctx.modules.permissions];
}

function checkPermissions(ctx: UseCase, permissions: string[]) {
  const unknown = permissions.filter((p) => !ctx.modules.permissionCodes.includes(p));
  if (unknown.length)
    throw fieldError('unprocessable', 'role.unknown_permission', 'permissions', `unknown permissions: ${unknown.join(', ')}`);
}

/** A custom role: a named set of permissions. */
export async function createRole(ctx: UseCase, input: { code: string; name: string; permissions: string[] }) {
  return inTransaction(ctx, async (tx) => {
    await requireRoleManager(tx);
    checkPermissions(ctx, input.permissions);
    const role: Role = {
      id: newId(),
      code: input.code,
      name: input.name,
      builtin: false,
      permissions: [...new Set(input.permissions)].sort(),
    };
    // a code already taken answers role.code_taken (modules/unique-rules.ts)
    await repo.insertRole(tx.db, tx.actor.tenantId, role, tx.now);
    await tx.audit({ action: 'role.create', entity: 'role', entityId: role.id, after: role });
    return present(role, true);
  });
}

/** Renames a custom role or changes its permissions; built-in roles follow the regulations and stay as seeded. */
export async function updateRole(ctx: UseCase, id: string, input: { name?: string | undefined; permissions?: string[] | undefined }) {
  return inTransaction(ctx, async (tx) => {
    await requireRoleManager(tx);
    const role = await repo.findRole(tx.db, tx.actor.tenantId, { id });
    if (!role) throw notFound('role');
    if (role.builtin)
      throw new DomainError('unprocessable', 'role.builtin_readonly', 'built-in roles cannot be changed; create a custom role');
    if (input.permissions) checkPermissions(ctx, input.permissions);
    const next: Role = {
      ...role,
      name: input.name ?? role.name,
      permissions: input.permissions ? [...new Set(input.permissions)].sort() : role.permissions,
    };
    await repo.updateRoleName(tx.db, tx.actor.tenantId, id, next.name, tx.now);
    if (input.permissions) await repo.setRolePermissions(tx.db, tx.actor.tenantId, id, next.permissions);
    await tx.audit({ action: 'role.update', entity: 'role', entityId: id, before: role, after: next });
    return present(next, true);
  });
}

/**
 * Brings the built-in roles in line with what the modules declare (run at seed and on start, so a
 * new module's permissions reach the roles). Audited only where something changed.
 */
export async function syncBuiltinRoles(tx: Tx): Promise<void> {
  const wanted = tx.modules.builtinRolePermissions();
  for (const [code, name] of Object.entries(BUILTIN_ROLES) as [BuiltinRoleCode, string][]) {
    const permissions = [...new Set(wanted[code])].sort();
    const role = await repo.findRole(tx.db, tx.actor.tenantId, { code });
    if (!role) {
      const created: Role = { id: newId(), code, name, builtin: true, permissions };
      await repo.insertRole(tx.db, tx.actor.tenantId, created, tx.now);
      await tx.audit({ action: 'role.create', entity: 'role', entityId: created.id, after: created });
    } else if (role.permissions.join() !== permissions.join()) {
      await repo.setRolePermissions(tx.db, tx.actor.tenantId, role.id, permissions);
      await tx.audit({ action: 'role.sync', entity: 'role', entityId: role.id, before: role, after: { ...role, permissions } });
    }
  }
}
