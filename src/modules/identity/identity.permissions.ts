import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const USERS_READ = 'users.read';
export const USERS_MANAGE = 'users.manage';
export const ROLES_MANAGE = 'roles.manage';
export const TOKENS_MANAGE = 'tokens.manage';

export const identityPermissions: PermissionDef[] = [
  { code: USERS_READ, description: 'See the users of the subtree and their roles' },
  { code: USERS_MANAGE, description: 'Create, change, deactivate users; reset passwords; grant and revoke roles in the subtree' },
  { code: ROLES_MANAGE, description: 'Create and change custom roles (tenant-wide; granted at the root)' },
  { code: TOKENS_MANAGE, description: 'Create API tokens for integrations, limited to one’s own permissions' },
];

const heads = [USERS_READ];
export const identityRoleDefaults: RoleDefaults = {
  system_admin: [USERS_READ, USERS_MANAGE, ROLES_MANAGE, TOKENS_MANAGE],
  general_manager: heads,
  hq_business: heads,
  office_head: heads,
  organisation_head: heads,
  health_centre_head: heads,
  station_head: heads,
  gps_manager: heads,
  department_manager: heads,
};
