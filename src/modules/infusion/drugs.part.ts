import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { INFUSION_DRUGS } from './infusion.permissions.js';
import { drugRoutes } from './infusion-drug.routes.js';
import { readCategory, readDrug } from './infusion-drug.service.js';

/** Part of the home-infusion module: the centre's drug catalogue and its excluded categories (A5.3). */
export const drugsPart: ModulePart = {
  routes: drugRoutes,
  historyReaders: { infusion_drug: readDrug, infusion_drug_category: readCategory },
  // a drug by its name and spec, as the catalogue lists it (an outside drug's history: 药品)
  recordRefs: { infusion_drug: labelsFrom('infusion_drugs', "name || ' ' || spec") },
  uniqueRules: [
    {
      index: 'infusion_drug_categories_code',
      kind: 'conflict',
      code: 'infusion.category_code_taken',
      field: 'code',
      message: 'the centre has a category of this code',
    },
    {
      index: 'infusion_drugs_name',
      kind: 'conflict',
      code: 'infusion.drug_taken',
      field: 'name',
      message: 'the catalogue has this drug and spec',
    },
  ],
  abilities: (a) => ({ editInfusionDrugs: hasAnywhere(a, INFUSION_DRUGS) }),
};
