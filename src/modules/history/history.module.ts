import type { ModuleManifest } from '../../platform/modules.js';
import { historyRoutes } from './history.routes.js';

/** Every record's audit trail, on screen and as Excel, through the readers the other modules declare (X1). */
export const historyModule: ModuleManifest = {
  name: 'history',
  clauses: ['X1'],
  routes: historyRoutes,
  provided: [
    {
      clauseId: 'X1',
      key: 'history.record_history',
      description: 'every record shows who did what and when, each field before and after, on its page and as Excel',
      test: 'test/integration/history.test.ts',
    },
    {
      clauseId: 'X1',
      key: 'history.audit_chain',
      description: 'the audit log is a hash chain: `guanjia audit verify` names the first event an edit of the database broke',
      test: 'test/integration/audit-cli.test.ts',
    },
  ],
};
