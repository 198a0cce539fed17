import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { complianceJobKinds } from './compliance.jobs.js';
import { COMPLIANCE_READ, compliancePermissions, complianceRoleDefaults } from './compliance.permissions.js';
import { complianceRoutes } from './compliance.routes.js';
import { breachFigures, breachTodos } from './compliance-workbench.service.js';
import { complianceMigrations } from './migrations/compliance.migrations.js';

/** The compliance page, breach lists and notifications over every module's monitors (X5). */
export const complianceModule: ModuleManifest = {
  name: 'compliance',
  clauses: ['X5'],
  migrations: [complianceMigrations],
  permissions: compliancePermissions,
  roleDefaults: complianceRoleDefaults,
  routes: complianceRoutes,
  jobKinds: complianceJobKinds,
  todos: breachTodos,
  figures: breachFigures,
  provided: [
    {
      clauseId: 'X5',
      key: 'compliance.page',
      description:
        'one page lists every clause with how it is covered and its monitors’ current breaches, per organisation node, each breach linking to its record',
      test: 'test/integration/compliance.test.ts',
    },
  ],
  abilities: (a) => ({ compliance: hasAnywhere(a, COMPLIANCE_READ) }),
};
