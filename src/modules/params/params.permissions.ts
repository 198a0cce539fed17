import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const PARAMS_MANAGE = 'params.manage';

export const paramsPermissions: PermissionDef[] = [
  { code: PARAMS_MANAGE, description: 'Set the regulation parameters of nodes in the subtree (tighten a clause)' },
];

export const paramsRoleDefaults: RoleDefaults = {
  system_admin: [PARAMS_MANAGE],
  general_manager: [PARAMS_MANAGE],
  office_head: [PARAMS_MANAGE],
  organisation_head: [PARAMS_MANAGE],
  health_centre_head: [PARAMS_MANAGE],
  station_head: [PARAMS_MANAGE],
};
