import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { CLEANING_INSPECT_MANAGER, CLEANING_INSPECT_SUPERVISOR } from './cleaning.permissions.js';
import { inspectionRefs } from './cleaning.records.js';
import { seedInspections } from './cleaning-inspection.demo.js';
import { inspectionRoutes } from './cleaning-inspection.routes.js';
import { getInspection } from './cleaning-inspection.service.js';

/** Part of the cleaning module: inspections walked on a phone (A6.2, A6.3). */
export const inspectionsPart: ModulePart = {
  routes: inspectionRoutes,
  historyReaders: { cleaning_inspection: getInspection },
  recordRefs: inspectionRefs,
  abilities: (a) => ({ spotCheckCleaning: hasAnywhere(a, CLEANING_INSPECT_SUPERVISOR) || hasAnywhere(a, CLEANING_INSPECT_MANAGER) }),
  enforced: [
    {
      clauseId: 'A6.1',
      code: 'cleaning.value_required',
      description: 'a numeric check (butts per 100 m², stone size, bin fill) is recorded with its value and judged by its maximum',
      test: 'src/modules/cleaning/cleaning.rules.test.ts',
    },
    {
      clauseId: 'A6.2',
      code: 'cleaning.photo_required',
      description: 'a failed check is recorded only with a photo',
      test: 'test/integration/cleaning-inspections.test.ts',
    },
  ],
  demo: seedInspections,
};
