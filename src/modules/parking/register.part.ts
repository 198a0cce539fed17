import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { ESTATES_RUN_AT } from '../estates/estate.types.js';
import { seedParkingRegister } from './parking.demo.js';
import { PARKING_READ, PARKING_REGISTER } from './parking.permissions.js';
import { registerRefs } from './parking.records.js';
import { loadCarPark, loadSpace, loadVehicle } from './register.access.js';
import { registerRoutes } from './register.routes.js';

/** Part of the parking module: the register of car parks, parking spaces and vehicles (A2.4.1.2, item 1). */
export const registerPart: ModulePart = {
  routes: registerRoutes,
  historyReaders: { car_park: loadCarPark, parking_space: loadSpace, vehicle: loadVehicle },
  recordRefs: registerRefs,
  uniqueRules: [
    {
      index: 'car_parks_code',
      kind: 'conflict',
      code: 'car_park.code_taken',
      field: 'code',
      message: 'this estate has a car park of that code',
    },
    {
      index: 'parking_spaces_number',
      kind: 'conflict',
      code: 'parking_space.number_taken',
      field: 'number',
      message: 'this car park has a space of that number',
    },
    {
      index: 'vehicles_plate_active',
      kind: 'conflict',
      code: 'vehicle.plate_taken',
      field: 'plate',
      message: 'a vehicle in use has this plate already',
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ parkingRegister: hasAnywhere(a, PARKING_READ), keepParkingRegister: hasAnywhere(a, PARKING_REGISTER) }),
  demo: seedParkingRegister,
};
