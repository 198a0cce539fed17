import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { PRICELIST_APPROVE, PRICELIST_EDIT } from '../catalog/catalog.permissions.js';
import { PRICE_LISTS_AT } from '../catalog/catalog.types.js';
import { orderMonitorMigrations } from './migrations/order-monitors.migrations.js';
import { orderPriceCheckMigrations } from './migrations/order-price-checks.migrations.js';
import { ordersMigrations } from './migrations/orders.migrations.js';
import { orderMonitors } from './order.monitors.js';
import {
  ORDERS_ASSIGN,
  ORDERS_INTAKE,
  ORDERS_PAY,
  ORDERS_READ,
  ORDERS_WORK,
  orderPermissions,
  orderRoleDefaults,
} from './order.permissions.js';
import { orderRoutes } from './order.routes.js';
import { loadOrder } from './order.service.js';
import { markPaidOnStatement } from './order-billing.service.js';
import { orderCashRoutes } from './order-cash.routes.js';
import { orderInvoiceRoutes } from './order-invoice.routes.js';
import { priceCheckJob } from './order-price-check.service.js';
import { orderFigures, orderTodos } from './order-workbench.service.js';
import { seedOrders } from './orders.demo.js';
import { serviceTimeRoutes } from './service-time.routes.js';
import { verbalApprovalRoutes } from './verbal-approval.routes.js';

/** Housekeeping and paid-service orders: request, quote, confirmation, work, acceptance, payment (A7.4, A2.4.2). */
export const ordersModule: ModuleManifest = {
  name: 'orders',
  clauses: ['A4.7', 'A7.3', 'A7.4.1', 'A7.4.2', 'A7.4.4', 'A7.4.6', 'A7.4.7', 'A2.4.2.1', 'A2.4.2.2', 'A2.4.2.3', 'X2', 'X3'],
  migrations: [ordersMigrations, orderMonitorMigrations, orderPriceCheckMigrations],
  permissions: orderPermissions,
  roleDefaults: orderRoleDefaults,
  routes(app) {
    orderRoutes(app);
    orderInvoiceRoutes(app);
    orderCashRoutes(app);
    serviceTimeRoutes(app);
    verbalApprovalRoutes(app);
  },
  subscriptions: {
    'statement.paid': (tx, e) => markPaidOnStatement(tx, e.orderIds, { id: e.statementId, label: e.label }),
  },
  jobKinds: [priceCheckJob],
  monitors: orderMonitors,
  provided: [
    {
      clauseId: 'X3',
      key: 'orders.printed_forms',
      description:
        'an order prints as its paper form on one A4 page (家政服务表, 维修服务单, 安装任务派工单) with the signature, the worker’s line and the seal',
      test: 'test/e2e/forms.e2e.ts',
    },
  ],
  enforced: [
    {
      clauseId: 'A2.4.2.1',
      code: 'order.price_not_published',
      description: 'a quote line carries the price of the office’s published list, no other',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A7.4.2',
      code: 'order.price_not_accepted',
      description: 'an order is confirmed only once the owner accepted the price',
      test: 'src/modules/orders/order.machine.test.ts',
    },
    {
      clauseId: 'A7.4.2',
      code: 'order.field_required',
      description: 'confirmation registers item, place, owner, number of staff and appointment time',
      test: 'src/modules/orders/order.machine.test.ts',
    },
    {
      clauseId: 'A7.4.6',
      code: 'order.signature_required',
      description: 'the owner accepts the work by signing',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A2.4.2.3',
      code: 'order.amount_mismatch',
      description: 'the amount collected equals the order’s total',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A2.4.2.2',
      code: 'order.no_items',
      description: 'a paid-service record names at least one service item',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A2.4.2.2',
      code: 'order.quantity_invalid',
      description: 'each item and material is recorded with a positive quantity of at most 3 decimals',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A7.3',
      code: 'order.staff_required',
      description: 'housekeeping work is arranged by assigning it to named staff',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A7.3',
      code: 'order.staff_outside_office',
      description: 'work is assigned to staff of the order’s own office (others only in a recorded emergency)',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A7.4.2',
      code: 'order.fewer_staff_than_confirmed',
      description: 'fewer staff than the owner confirmed go only with the reason agreed with the owner',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A7.4.4',
      code: 'order.invalid_transition',
      description: 'the work goes step by step in order: assigned, started, finished; no step is skipped or taken out of turn',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'X2',
      code: 'order.signer_required',
      description: 'an acceptance signature is kept with the name of who signed',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'X2',
      code: 'signature.blank',
      description: 'an acceptance signature must be drawn: a blank pad is refused',
      test: 'test/integration/orders.test.ts',
    },
    {
      clauseId: 'A7.4.7',
      code: 'order.collect_by_supervisor',
      description: 'garden works are collected by the supervisor after acceptance, not by the staff on site',
      test: 'test/integration/cash-relay.test.ts',
    },
  ],
  demo: seedOrders,
  todos: orderTodos,
  figures: orderFigures,
  historyReaders: { order: loadOrder },
  // an order by its number wherever another record names it (an agreement's visit, a callback, a feedback)
  recordRefs: { order: labelsFrom('orders', 'number') },
  uniqueRules: [
    // two payments of one order: the second is the one that lost the race, as the version check says on SQLite
    {
      index: 'order_payments_order',
      kind: 'conflict',
      code: 'record.version_conflict',
      message: 'the order was changed by someone else; reload',
    },
  ],
  abilities(a, _ctx, at) {
    const any = (...perms: string[]) => perms.some((p) => hasAnywhere(a, p));
    // the posted price lists are read where they are posted: not in a GPS department, which posts none
    const posted = at(PRICE_LISTS_AT);
    return {
      orders: any(ORDERS_READ),
      intake: any(ORDERS_INTAKE),
      // the order list's batch 派工 (each order's own abilities still decide which go)
      assign: any(ORDERS_ASSIGN),
      myTasks: any(ORDERS_WORK),
      collect: any(ORDERS_PAY),
      priceLists: [ORDERS_READ, PRICELIST_EDIT, PRICELIST_APPROVE].some((p) => hasAnywhere(posted, p)),
    };
  },
};
