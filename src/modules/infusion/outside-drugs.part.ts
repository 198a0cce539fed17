import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { INFUSION_FIRST_DOSE } from './infusion.permissions.js';
import { seedInfusionOutsideDrugs } from './infusion-outside.demo.js';
import { outsideDrugRoutes } from './infusion-outside.routes.js';
import { getOutsideDrug, outsideDrugTodos } from './infusion-outside.service.js';

/** Part of the home-infusion module: a drug from another hospital and its four signed steps (A5.5). */
export const outsideDrugsPart: ModulePart = {
  routes: outsideDrugRoutes,
  abilities: (a) => ({ infusionFirstDose: hasAnywhere(a, INFUSION_FIRST_DOSE) }),
  historyReaders: { infusion_outside_drug: getOutsideDrug },
  // an outside drug by the drug and the hospital that prescribed it (a physician order's history: 外院首剂)
  recordRefs: {
    infusion_outside_drug: labelsFrom(
      'infusion_outside_drugs',
      `(select d.name || ' ' || d.spec from infusion_drugs d
        where d.tenant_id = infusion_outside_drugs.tenant_id and d.id = infusion_outside_drugs.drug_id) || ' · ' || hospital`,
    ),
  },
  todos: outsideDrugTodos,
  demo: seedInfusionOutsideDrugs,
  enforced: [
    {
      clauseId: 'A5.5',
      code: 'infusion.step_out_of_order',
      description: 'An outside drug’s four steps are signed only in their order: first dose, GP check, pharmacist review, order',
      test: 'test/integration/infusion-outside.test.ts',
    },
  ],
};
