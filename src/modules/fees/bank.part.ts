import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { seedBankCollection } from './bank-batch.demo.js';
import { bankReturnOverdueMonitor } from './bank-batch.monitors.js';
import { bankBatchRoutes } from './bank-batch.routes.js';
import { loadBatch } from './bank-batch.service.js';
import { bankTodos } from './bank-batch.todos.js';
import { bankRefs } from './fee.records.js';
import { FEE_BANK, FEES_READ } from './fees.permissions.js';
import { mandateRoutes } from './mandate.routes.js';
import { loadMandate } from './mandate.service.js';

/**
 * Part of the property-fee module: bank collection (托收, A2.3) — mandates per unit, monthly batches exported to
 * the bank and their return files imported, and the monitor of return files not imported in time.
 */
export const bankPart: ModulePart = {
  routes: (app) => {
    mandateRoutes(app);
    bankBatchRoutes(app);
  },
  monitors: [bankReturnOverdueMonitor],
  historyReaders: { bank_mandate: loadMandate, bank_batch: loadBatch },
  recordRefs: bankRefs,
  uniqueRules: [
    {
      index: 'bank_mandates_no',
      kind: 'conflict',
      code: 'mandate.number_taken',
      field: 'mandateNo',
      message: 'a mandate with that number is recorded already',
    },
    {
      index: 'bank_batches_number',
      kind: 'conflict',
      code: 'bank_batch.number_taken',
      field: 'period',
      message: 'another batch was exported at the same moment; try again',
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ bankCollection: hasAnywhere(a, FEES_READ), bankCollectionKeep: hasAnywhere(a, FEE_BANK) }),
  todos: bankTodos,
  demo: seedBankCollection,
};
