import { hasAnywhere, scopeOf } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { loadAdjustment } from './adjustment.service.js';
import { seedBills } from './bill.demo.js';
import { countPendingAdjustments } from './bill.repo.js';
import { billRoutes } from './bill.routes.js';
import { loadBill } from './bill.service.js';
import { billRunChunkJob, billRunScheduleJob } from './bill-run.jobs.js';
import { loadBillRun } from './bill-run.service.js';
import { billRefs } from './fee.records.js';
import { FEE_ADJUSTMENTS_APPROVE, FEE_BILLS_RUN, FEES_READ } from './fees.permissions.js';

/** Part of the property-fee module: monthly bill runs, bills and their adjustments (A2.4.1.1). */
export const billsPart: ModulePart = {
  routes: billRoutes,
  jobKinds: [billRunChunkJob, billRunScheduleJob],
  enforced: [
    {
      clauseId: 'A2.4.1.1',
      code: 'bill_run.no_standard',
      description:
        'A bill run is refused when no approved fee standard is in force for the estate and month: a standard not approved cannot bill',
      test: 'test/integration/bill-runs.test.ts',
    },
  ],
  historyReaders: { fee_bill_run: loadBillRun, fee_bill: loadBill, fee_adjustment: loadAdjustment },
  recordRefs: billRefs,
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ bills: hasAnywhere(a, FEES_READ), runBills: hasAnywhere(a, FEE_BILLS_RUN) }),
  todos: async (ctx) => {
    const scope = scopeOf(ctx.actor.access, FEE_ADJUSTMENTS_APPROVE);
    if (scope.length === 0) return [];
    const count = await countPendingAdjustments(ctx.db, ctx.actor.tenantId, scope);
    return [{ key: 'fees.adjustmentsToApprove', count, link: '/bills?adjustment=pending&state=open' }];
  },
  demo: seedBills,
};
