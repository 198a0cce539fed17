import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { seedGpsRegister } from './gps.demo.js';
import { GPS_READ, GPS_REGISTER } from './gps.permissions.js';
import { loadCustomer, loadProduct, loadSim, loadTerminal, loadVehicle } from './register.access.js';
import { registerRoutes } from './register.routes.js';

/** Part of the GPS module: the register of customers, vehicles, terminal models, terminals and SIM cards (issue 16). */
export const registerPart: ModulePart = {
  routes: registerRoutes,
  historyReaders: {
    gps_customer: loadCustomer,
    gps_vehicle: loadVehicle,
    gps_product: loadProduct,
    gps_terminal: loadTerminal,
    gps_sim: loadSim,
  },
  // named where another record points to them (a terminal's vehicle and model, a SIM card's terminal, in their histories)
  // as the register's pages name them: a customer by name, a vehicle by plate, a model by its code and name, a terminal
  // by serial, a SIM card by number
  recordRefs: {
    gps_customer: labelsFrom('gps_customers', 'name'),
    gps_vehicle: labelsFrom('gps_vehicles', 'plate'),
    gps_product: labelsFrom('gps_products', "model_code || ' ' || name"),
    gps_terminal: labelsFrom('gps_terminals', 'serial'),
    gps_sim: labelsFrom('gps_sims', 'number'),
  },
  uniqueRules: [
    {
      index: 'gps_customers_name_active',
      kind: 'conflict',
      code: 'gps.customer_name_taken',
      field: 'name',
      message: 'an active customer of this name is on the register',
    },
    {
      index: 'gps_vehicles_plate_active',
      kind: 'conflict',
      code: 'gps.plate_taken',
      field: 'plate',
      message: 'a vehicle in use has this plate already',
    },
    {
      index: 'gps_products_code',
      kind: 'conflict',
      code: 'gps.model_code_taken',
      field: 'modelCode',
      message: 'a model of this code is on the register',
    },
    {
      index: 'gps_terminals_serial',
      kind: 'conflict',
      code: 'gps.serial_taken',
      field: 'serial',
      message: 'a terminal of this serial is on the register',
    },
    {
      index: 'gps_sims_number',
      kind: 'conflict',
      code: 'gps.sim_number_taken',
      field: 'number',
      message: 'a SIM card of this number is on the register',
    },
    {
      index: 'gps_sims_terminal',
      kind: 'conflict',
      code: 'gps.sim_in_use',
      field: 'simId',
      message: 'the terminal has a SIM card fitted already',
    },
  ],
  abilities: (a) => ({ gpsRegister: hasAnywhere(a, GPS_READ), keepGpsRegister: hasAnywhere(a, GPS_REGISTER) }),
  demo: seedGpsRegister,
};
