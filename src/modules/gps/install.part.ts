import type { ModulePart } from '../../platform/module-parts.js';
import { seedGpsOrders } from './gps-orders.demo.js';
import { installRoutes } from './install.routes.js';
import { readInstallRequest, visitPrintRows } from './install.service.js';

const TEST = 'test/integration/gps-install.test.ts';

/** 安装需求单 and their visits (A4.4.1); the order steps they follow are in `gps-order-events.ts`, subscribed by the base. */
export const installPart: ModulePart = {
  routes: installRoutes,
  demo: seedGpsOrders,
  // `gps_install_visit`: the visit's vehicles for the printed 安装任务派工单 (orders' `print.table`), not an audited record
  historyReaders: { gps_install_request: readInstallRequest, gps_install_visit: visitPrintRows },
  enforced: [
    {
      clauseId: 'A4.4.1',
      code: 'gps.vehicle_not_customers',
      description: 'An installation request lists only vehicles of its own customer',
      test: TEST,
    },
    {
      clauseId: 'A4.4.1',
      code: 'gps.vehicle_dispatched',
      description: 'Each vehicle of an installation request is sent on one installation dispatch order only',
      test: TEST,
    },
    {
      clauseId: 'A4.4.7',
      code: 'gps.visit_not_fitted',
      description: 'An installation order finishes only once the terminal and SIM card fitted to each of its vehicles are recorded',
      test: TEST,
    },
  ],
};
