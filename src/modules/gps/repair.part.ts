import type { ModulePart } from '../../platform/module-parts.js';
import { repairLabelRoutes } from './repair-label.routes.js';

const ORDERS_TEST = 'test/integration/gps-orders.test.ts';
const SWAPS_TEST = 'test/integration/gps-install.test.ts';
const TYPES_TEST = 'src/modules/orders/types/gps-types.test.ts';

/**
 * Part of the GPS module: what a repair order has beside the orders engine, its returned terminal's label (A4.4.5),
 * and the refusals of the department's orders (the GPS order types' guards, the register's checks at each step).
 */
export const repairPart: ModulePart = {
  routes: repairLabelRoutes,
  enforced: [
    {
      clauseId: 'A4.2',
      code: 'order.labour_not_charged',
      description: 'A GPS repair charges parts only: no labour item, and no labour fee written as a material',
      test: ORDERS_TEST,
    },
    {
      clauseId: 'A4.2',
      code: 'gps.warranty_mismatch',
      description: 'A GPS repair is taken as free or charged by the warranty the register gives its terminal on the day of the call',
      test: SWAPS_TEST,
    },
    {
      clauseId: 'A4.2',
      code: 'gps.warranty_unproven',
      description: 'A GPS repair taken under warranty names its terminal, so the register can prove the warranty',
      test: SWAPS_TEST,
    },
    {
      clauseId: 'A4.3',
      code: 'order.emergency_reason_required',
      description:
        'GPS work goes to the department’s own technicians; another department’s staff or an outside helper only with the emergency written down',
      test: TYPES_TEST,
    },
    {
      clauseId: 'A4.4.2',
      code: 'order.field_required',
      description: 'A repair call is taken only with the vehicle’s plate, the product model and the fault written down',
      test: ORDERS_TEST,
    },
    {
      clauseId: 'A4.4.3',
      code: 'order.approval_required',
      description: 'A GPS repair or installation order is approved by the department manager before a technician is assigned',
      test: ORDERS_TEST,
    },
    {
      clauseId: 'A4.4.4',
      code: 'order.checklist_incomplete',
      description: 'A technician leaves, starts or finishes a GPS order only with the order, tools, parts and documents checked',
      test: ORDERS_TEST,
    },
    {
      clauseId: 'A4.4.5',
      code: 'order.swap_numbers_required',
      description: 'A repair that swaps a terminal or SIM card finishes only with the old and the new number written on it',
      test: ORDERS_TEST,
    },
    {
      clauseId: 'A4.4.5',
      code: 'order.swap_same_number',
      description: 'The new terminal or SIM number of a swap differs from the old one',
      test: SWAPS_TEST,
    },
    {
      clauseId: 'A4.4.5',
      code: 'gps.terminal_not_found',
      description: 'A terminal number written on a GPS order names a terminal on the register, whose history follows it',
      test: SWAPS_TEST,
    },
    {
      clauseId: 'A4.4.6',
      code: 'gps.sim_not_in_terminal',
      description: 'The old SIM number of a SIM swap is the card the register has in the repaired terminal',
      test: SWAPS_TEST,
    },
    {
      clauseId: 'A4.4.9',
      code: 'order.unpaid',
      description: 'A charged order closes only once its charge is collected',
      test: TYPES_TEST,
    },
  ],
};
