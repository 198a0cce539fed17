import type { ModuleManifest } from '../../platform/modules.js';
import { workbenchPermissions, workbenchRoleDefaults } from './workbench.permissions.js';
import { workbenchRoutes } from './workbench.routes.js';

/** The home page's workbench: gathers the to-dos and key figures every module contributes (issue 9 item 7). */
export const workbenchModule: ModuleManifest = {
  name: 'workbench',
  clauses: [],
  permissions: workbenchPermissions,
  roleDefaults: workbenchRoleDefaults,
  routes: workbenchRoutes,
};
