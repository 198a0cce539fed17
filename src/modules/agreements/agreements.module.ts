import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
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
  clauses: ['A7.4.3', 'A7.4.9', 'X3'],
  migrations: [agreementsMigrations],
  permissions: agreementPermissions,
  roleDefaults: agreementRoleDefaults,
  routes: agreementRoutes,
  jobKinds: [planVisitsJob],
  monitors: agreementMonitors,
  provided: [
    {
      clauseId: 'X3',
      key: 'agreements.printed_agreement',
      description: 'the 业主特约服务协议书 prints on A4 with both signatures in their boxes and party B’s seal',
      test: 'test/e2e/forms.e2e.ts',
    },
  ],
  enforced: [
    {
      clauseId: 'A7.4.3',
      code: 'agreement.price_not_approved',
      description: 'a negotiated price is approved by the office head before the agreement is signed',
      test: 'test/integration/agreements.test.ts',
    },
    {
      clauseId: 'A7.4.3',
      code: 'agreement.signature_required',
      description: 'an agreement takes effect only with the owner’s signature',
      test: 'test/integration/agreements.test.ts',
    },
  ],
  demo: seedAgreements,
  todos: agreementTodos,
  historyReaders: { agreement: loadAgreement },
  recordRefs: { agreement: labelsFrom('agreements', 'number') },
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ agreements: hasAnywhere(a, AGREEMENTS_READ), manageAgreements: hasAnywhere(a, AGREEMENTS_MANAGE) }),
};
