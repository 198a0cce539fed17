import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { standardRefs } from './fee.records.js';
import { readFeeItem } from './fee-item.service.js';
import { seedFeeStandards } from './fee-standard.demo.js';
import { feeItemRoutes, feeStandardRoutes } from './fee-standard.routes.js';
import { loadStandard } from './fee-standard.service.js';
import { standardTodos } from './fee-standard.todos.js';
import { FEE_ITEMS_MANAGE, FEE_STANDARDS_SUBMIT, FEES_READ } from './fees.permissions.js';

const TEST = 'test/integration/fee-standards.test.ts';

/** Part of the property-fee module: fee items and their standards, approved by HQ and the general manager (A2.3). */
export const standardsPart: ModulePart = {
  routes(app) {
    feeItemRoutes(app);
    feeStandardRoutes(app);
  },
  historyReaders: { fee_standard: loadStandard, fee_item: readFeeItem },
  recordRefs: standardRefs,
  uniqueRules: [
    { index: 'fee_items_code', kind: 'conflict', code: 'fee_item.code_taken', field: 'code', message: 'this fee item code is taken' },
  ],
  enforced: [
    {
      clauseId: 'A2.3',
      code: 'fee_standard.retroactive',
      description: 'A fee standard may not take effect before the month it is submitted or approved in (never retroactive)',
      test: TEST,
    },
    {
      clauseId: 'A2.3',
      code: 'fee_standard.period_billed',
      description: 'A fee standard may not take effect in a month already billed for its estate and item',
      test: TEST,
    },
    {
      clauseId: 'A2.4.1.1',
      code: 'fee_item.priced_elsewhere',
      description: 'An item another module bills month by month (the parking passes) takes no fee standard, which would bill every unit',
      test: TEST,
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({
    feeStandards: hasAnywhere(a, FEES_READ),
    draftFeeStandards: hasAnywhere(a, FEE_STANDARDS_SUBMIT),
    manageFeeItems: hasAnywhere(a, FEE_ITEMS_MANAGE),
  }),
  todos: standardTodos,
  demo: seedFeeStandards,
};
