import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { planVisitsJob } from './agreement.jobs.js';
import { agreementMonitors } from './agreement.monitors.js';
import { AGREEMENTS_MANAGE, AGREEMENTS_READ, agreementPermissions, agreementRoleDefaults } from './agreement.permissions.js';
import { agreementRoutes } from './agreement.routes.js';
import { loadAgreement } from './agreement.service.js';
import { agreementTodos } from './agreement-workbench.service.js';
import { seedAgreements } from './agreements.demo.js';
import { agreementsMigrations } from './migrations/agreements.migrations.js';

/** Long-term special-service agreements (业主特约服务协议书) and the visits they schedule (A7.4.3, A7.4.9). */
export const agreementsModule: ModuleManifest = {
  name: 'agreements',
  clauses: ['A7.4.3', 'A7.4.9'],
  migrations: [agreementsMigrations],
  permissions: agreementPermissions,
  roleDefaults: agreementRoleDefaults,
  routes: agreementRoutes,
  jobKinds: [planVisitsJob],
  monitors: agreementMonitors,
  demo: seedAgreements,
  todos: agreementTodos,
  historyReaders: { agreement: loadAgreement },
  abilities: (a) => ({ agreements: hasAnywhere(a, AGREEMENTS_READ), manageAgreements: hasAnywhere(a, AGREEMENTS_MANAGE) }),
};
