import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { seedDeskPayments } from './desk.demo.js';
import { deskRoutes } from './desk.routes.js';
import { deskPaymentsIn } from './fee-payment.repo.js';
import { loadPayment } from './fee-payment.service.js';
import { FEE_COLLECT } from './fees.permissions.js';

const test = 'test/integration/fee-desk.test.ts';

/** Part of the property-fee module: collection at the desk (A2.3, A2.4.1.1), with receipts and cash custody. */
export const deskPart: ModulePart = {
  routes: deskRoutes,
  historyReaders: { fee_payment: loadPayment },
  enforced: [
    {
      clauseId: 'A2.4.1.1',
      code: 'fee_payment.amount_mismatch',
      description: 'A desk payment takes exactly what the chosen bills are due (amount + approved adjustments)',
      test,
    },
    {
      clauseId: 'A2.4.1.1',
      code: 'fee_payment.bill_other_unit',
      description: 'A desk payment pays only bills of the unit it is taken for',
      test,
    },
    {
      clauseId: 'A2.3',
      code: 'fee_payment.no_standard',
      description: 'Months paid ahead are billed only from a standard approved by HQ and the general manager',
      test,
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ feeDesk: hasAnywhere(a, FEE_COLLECT) }),
  // the desk's takings join the office's reconciliation (payments ↔ receipts ↔ custody ↔ remittances)
  collections: (ctx, q) => deskPaymentsIn(ctx.db, ctx.actor.tenantId, q),
  demo: seedDeskPayments,
};
