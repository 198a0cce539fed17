import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { parkingMonitors } from './parking.monitors.js';
import { PARKING_COLLECT, PARKING_READ, PARKING_SUPERVISE } from './parking.permissions.js';
import { seedParkingCollection } from './parking-collection.demo.js';
import { collectionsInPeriod } from './parking-collection.repo.js';
import { collectionRoutes } from './parking-collection.routes.js';
import { loadCollection } from './parking-collection.service.js';

/** Part of the parking module: collection at the gate, the daily report and the monitors (A2.4.1.2, items 4–5). */
export const collectionPart: ModulePart = {
  routes: collectionRoutes,
  monitors: parkingMonitors,
  historyReaders: { parking_collection: loadCollection },
  uniqueRules: [
    {
      index: 'parking_collections_stay',
      kind: 'conflict',
      code: 'parking_stay.not_due',
      field: 'version',
      message: 'the stay was collected meanwhile',
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({
    // the gate's collection pages and the cash hand-over page: a guard collects, a supervisor receives and waives
    parkingCollect: hasAnywhere(a, PARKING_COLLECT) || hasAnywhere(a, PARKING_SUPERVISE),
    parkingReport: hasAnywhere(a, PARKING_READ),
  }),
  // the gate's takings join the office's reconciliation with the desk's and the orders'
  collections: (ctx, q) => collectionsInPeriod(ctx.db, ctx.actor.tenantId, q),
  demo: seedParkingCollection,
};
