import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { ORG_MANAGE } from '../orgs/org.permissions.js';
import { PARAMS_MANAGE } from '../params/params.permissions.js';
import { registerAuthHook } from './auth.hook.js';
import { authRoutes } from './auth.routes.js';
import {
  identityPermissions,
  identityRoleDefaults,
  ROLES_MANAGE,
  TOKENS_MANAGE,
  USERS_MANAGE,
  USERS_READ,
} from './identity.permissions.js';
import { authzVersionMigrations } from './migrations/authz-version.migrations.js';
import { identityMigrations } from './migrations/identity.migrations.js';
import { roleRoutes, tokenRoutes } from './role.routes.js';
import { getRole } from './role.service.js';
import { userRoutes } from './user.routes.js';
import { getUser } from './user.service.js';

/** Users, roles, grants, sessions and API tokens; its hook signs every request in, so it comes first. */
export const identityModule: ModuleManifest = {
  name: 'identity',
  clauses: ['X1'],
  migrations: [identityMigrations, authzVersionMigrations],
  permissions: identityPermissions,
  roleDefaults: identityRoleDefaults,
  routes(app) {
    registerAuthHook(app);
    authRoutes(app);
    userRoutes(app);
    roleRoutes(app);
    tokenRoutes(app);
  },
  historyReaders: { user: getUser, role: getRole },
  uniqueRules: [
    { index: 'users_username', kind: 'conflict', code: 'user.username_taken', field: 'username', message: 'this username is taken' },
    { index: 'roles_code', kind: 'conflict', code: 'role.code_taken', field: 'code', message: 'this role code is taken' },
  ],
  abilities(a) {
    const any = (...perms: string[]) => perms.some((p) => hasAnywhere(a, p));
    return {
      // field staff get no admin pages: the tree is for those who manage people or rules
      orgs: any(ORG_MANAGE, USERS_READ, PARAMS_MANAGE),
      users: any(USERS_READ),
      manageUsers: any(USERS_MANAGE),
      roles: any(USERS_READ, USERS_MANAGE, ROLES_MANAGE),
      manageRoles: any(ROLES_MANAGE),
      tokens: any(TOKENS_MANAGE),
    };
  },
};
