import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { FEE_STANDARDS_SUBMIT } from '../fees/fees.permissions.js';
import { PARKING_READ } from './parking.permissions.js';
import { standardRefs } from './parking.records.js';
import { seedParkingStandards } from './parking-standard.demo.js';
import { parkingStandardRoutes } from './parking-standard.routes.js';
import { loadParkingStandard } from './parking-standard.service.js';
import { parkingStandardTodos } from './parking-standard.todos.js';

const TEST = 'test/integration/parking-standards.test.ts';

/** Part of the parking module: parking standards through submit → HQ review → GM approval (A2.4.1.2, item 2). */
export const standardsPart: ModulePart = {
  routes: parkingStandardRoutes,
  historyReaders: { parking_standard: loadParkingStandard },
  recordRefs: standardRefs,
  enforced: [
    {
      clauseId: 'A2.4.1.2',
      code: 'parking_standard.retroactive',
      description: 'A parking standard may not take effect before the month it is submitted or approved in (never retroactive)',
      test: TEST,
    },
    {
      clauseId: 'A2.4.1.2',
      code: 'parking_standard.period_billed',
      description: 'A parking standard may not take effect in a month the car park has already charged (a stay or a pass month)',
      test: TEST,
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({
    parkingStandards: hasAnywhere(a, PARKING_READ),
    draftParkingStandards: hasAnywhere(a, FEE_STANDARDS_SUBMIT) && hasAnywhere(a, PARKING_READ),
  }),
  todos: parkingStandardTodos,
  demo: seedParkingStandards,
};
