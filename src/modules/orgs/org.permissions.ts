import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const ORG_MANAGE = 'org.manage';

export const orgPermissions: PermissionDef[] = [
  { code: ORG_MANAGE, description: 'Create, rename, move, deactivate organisation nodes in the subtree' },
];

export const orgRoleDefaults: RoleDefaults = {
  system_admin: [ORG_MANAGE],
};
