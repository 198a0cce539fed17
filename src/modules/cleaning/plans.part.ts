import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { CLEANING_PLAN } from './cleaning.permissions.js';
import { seedCleaningPlans } from './cleaning-plan.demo.js';
import { planInspectionsJob } from './cleaning-plan.jobs.js';
import { planRoutes } from './cleaning-plan.routes.js';
import { getPlan } from './cleaning-plan.service.js';

/** Part of the cleaning module: inspection plans and the planning of their inspections (A6.3). */
export const plansPart: ModulePart = {
  routes: planRoutes,
  jobKinds: [planInspectionsJob],
  demo: seedCleaningPlans,
  historyReaders: { cleaning_plan: getPlan },
  abilities: (a) => ({ planCleaning: hasAnywhere(a, CLEANING_PLAN) }),
};
