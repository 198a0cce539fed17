import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { PARKING_PASSES } from './parking.permissions.js';
import { passRefs } from './parking.records.js';
import { seedPasses } from './parking-pass.demo.js';
import { passRoutes } from './parking-pass.routes.js';
import { loadPass } from './parking-pass.service.js';

/** Part of the parking module: monthly passes, billed with the property bills (A2.4.1.2, item 1). */
export const passesPart: ModulePart = {
  routes: passRoutes,
  historyReaders: { parking_pass: loadPass },
  recordRefs: passRefs,
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ issueParkingPasses: hasAnywhere(a, PARKING_PASSES) }),
  demo: seedPasses,
};
