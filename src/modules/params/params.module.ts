import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { paramsMigrations } from './migrations/params.migrations.js';
import { PARAMS_MANAGE, paramsPermissions, paramsRoleDefaults } from './params.permissions.js';
import { paramsRoutes } from './params.routes.js';

/** The numbers and lists the clauses fix (15 days, 24 h, 5 callbacks…), set per org node and inherited down. */
export const paramsModule: ModuleManifest = {
  name: 'params',
  clauses: [],
  migrations: [paramsMigrations],
  permissions: paramsPermissions,
  roleDefaults: paramsRoleDefaults,
  routes: paramsRoutes,
  abilities: (a) => ({ params: a.grants.length > 0, manageParams: hasAnywhere(a, PARAMS_MANAGE) }),
};
