import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { INFUSION_ORDER, INFUSION_OVERRIDE_REVIEW } from './infusion.permissions.js';
import { seedInfusionOrders } from './infusion-order.demo.js';
import { overrideUnreviewedMonitor } from './infusion-order.monitors.js';
import { orderRoutes } from './infusion-order.routes.js';
import { physicianOrderRefs, readOrder } from './infusion-order.service.js';
import { orderTodos } from './infusion-order.todos.js';

const TEST = 'test/integration/infusion-orders.test.ts';

/** Part of the home-infusion module: physician orders, overrides of excluded drugs and their review (A5.2, A5.3). */
export const ordersPart: ModulePart = {
  routes: orderRoutes,
  demo: seedInfusionOrders,
  historyReaders: { infusion_order: readOrder },
  // the physician order a home visit carries out, named on the order page and its printed record
  recordRefs: { infusion_order: physicianOrderRefs },
  monitors: [overrideUnreviewedMonitor],
  enforced: [
    {
      clauseId: 'A5.3',
      code: 'infusion.drug_excluded',
      description: 'A physician order of a drug of an excluded category is refused unless the physician overrides it with a reason',
      test: TEST,
    },
  ],
  todos: orderTodos,
  abilities: (a) => ({
    writeInfusionOrders: hasAnywhere(a, INFUSION_ORDER),
    reviewInfusionOverrides: hasAnywhere(a, INFUSION_OVERRIDE_REVIEW),
  }),
};
