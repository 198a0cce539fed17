import type { ModulePart } from '../../platform/module-parts.js';
import { seedInfusionFees } from './infusion-visit.demo.js';
import { visitGatesOpenMonitor, visitUncheckedMonitor } from './infusion-visit.monitors.js';

const TEST = 'test/integration/infusion-visits.test.ts';

/**
 * Part of the home-infusion module: the home visit, an `infusion_visit` order of the orders engine, gated by the
 * module's subscription (A5.1, A5.2, A5.4, A5.5, A5.8) and quoted from the posted infusion fees (A5.7).
 */
export const visitsPart: ModulePart = {
  demo: seedInfusionFees,
  monitors: [visitGatesOpenMonitor, visitUncheckedMonitor],
  enforced: [
    {
      clauseId: 'A5.4',
      code: 'infusion.consent_required',
      description: 'A home infusion visit is refused for a patient without a signed consent in force',
      test: TEST,
    },
    {
      clauseId: 'A5.2',
      code: 'infusion.order_not_usable',
      description: 'A visit is refused unless it carries out an active physician order of the patient, in its dates, with visits left',
      test: TEST,
    },
    // the fee standard is the centre's posted price list: the orders engine's quote refuses what is not on it
    {
      clauseId: 'A5.7',
      code: 'order.price_not_published',
      description: 'A visit is charged only the items and prices of the centre’s posted fee list',
      test: TEST,
    },
    {
      clauseId: 'A5.7',
      code: 'pricelist.none_published',
      description: 'A centre or station with no fee list posted charges no visit',
      test: TEST,
    },
  ],
};
