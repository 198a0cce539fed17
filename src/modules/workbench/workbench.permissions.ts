import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const WORKBENCH_FIGURES = 'workbench.figures';

export const workbenchPermissions: PermissionDef[] = [
  {
    code: WORKBENCH_FIGURES,
    description: 'See the key figures of the subtree on the home page: money collected, open orders, breaches, satisfaction',
  },
];

/** Heads of office and HQ, who answer for the figures of the nodes they head. */
export const workbenchRoleDefaults: RoleDefaults = {
  general_manager: [WORKBENCH_FIGURES],
  hq_business: [WORKBENCH_FIGURES],
  office_head: [WORKBENCH_FIGURES],
  organisation_head: [WORKBENCH_FIGURES],
  health_centre_head: [WORKBENCH_FIGURES],
  station_head: [WORKBENCH_FIGURES],
};
