import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { getImport } from './gate-import.service.js';
import { loadMapping } from './gate-mapping.service.js';
import { PARKING_GATE, PARKING_READ } from './parking.permissions.js';
import { gateRefs } from './parking.records.js';
import { loadStay } from './parking-stay.access.js';
import { seedGateRecords } from './parking-stay.demo.js';
import { parkingStayRoutes } from './parking-stay.routes.js';

/** Part of the parking module: entries and exits at the gate, by hand or imported, and their charges (A2.4.1.2, item 3). */
export const gatePart: ModulePart = {
  routes: parkingStayRoutes,
  historyReaders: { parking_stay: loadStay, parking_gate_import: getImport, parking_gate_mapping: loadMapping },
  recordRefs: gateRefs,
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ parkingGate: hasAnywhere(a, PARKING_GATE), parkingStays: hasAnywhere(a, PARKING_READ) }),
  demo: seedGateRecords,
};
