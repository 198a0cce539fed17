import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { billRunLateMonitor } from './arrears.monitors.js';
import { arrearsRoutes } from './arrears.routes.js';
import { collectionRateFigures } from './collection-rate.service.js';
import { FEE_SUPERVISE, FEES_READ } from './fees.permissions.js';

/**
 * Part of the property-fee module: arrears per unit with ageing and the printed 催缴通知单, the collection rate
 * (收缴率) for HQ supervision (A2.3), and the monitor of bill runs not done by the billing day (A2.4.1.1).
 */
export const arrearsPart: ModulePart = {
  routes: arrearsRoutes,
  monitors: [billRunLateMonitor],
  figures: collectionRateFigures,
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ arrears: hasAnywhere(a, FEES_READ), collectionRate: hasAnywhere(a, FEE_SUPERVISE) }),
};
