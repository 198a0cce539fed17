import { type Access, allowsAt } from '../../platform/authz/access.js';
import { USERS_MANAGE } from './identity.permissions.js';
import type { User } from './user.types.js';

/** Buttons a caller gets on a user record. */
export function userAbilities(access: Access, user: User, orgPath: string, self: boolean) {
  const manage = allowsAt(access, USERS_MANAGE, orgPath);
  return {
    update: manage,
    deactivate: manage && user.active && !self,
    activate: manage && !user.active,
    resetPassword: manage && !self,
    grant: manage,
  };
}

/**
 * A role may be granted at a node only by someone who holds every one of its permissions there,
 * so nobody can hand out more than they have.
 */
export function canGrantRole(access: Access, rolePermissions: readonly string[], orgPath: string): boolean {
  return allowsAt(access, USERS_MANAGE, orgPath) && rolePermissions.every((p) => allowsAt(access, p, orgPath));
}
