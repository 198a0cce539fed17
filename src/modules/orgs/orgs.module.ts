import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { orgMigrations } from './migrations/orgs.migrations.js';
import { ORG_MANAGE, orgPermissions, orgRoleDefaults } from './org.permissions.js';
import { orgRoutes } from './org.routes.js';
import { loadVisibleOrg, readTenant } from './org.service.js';

/** The organisation tree (HQ → companies and centres → offices and stations → departments) every scope hangs on. */
export const orgsModule: ModuleManifest = {
  name: 'orgs',
  clauses: [],
  migrations: [orgMigrations],
  permissions: orgPermissions,
  roleDefaults: orgRoleDefaults,
  routes: orgRoutes,
  historyReaders: { org: loadVisibleOrg, tenant: readTenant },
  uniqueRules: [{ index: 'org_nodes_code', kind: 'conflict', code: 'org.code_taken', field: 'code', message: 'this code is already used' }],
  abilities: (a) => ({ manageOrgs: hasAnywhere(a, ORG_MANAGE) }),
};
