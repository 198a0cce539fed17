import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const ORDERS_READ = 'orders.read';
export const ORDERS_INTAKE = 'orders.intake';
export const ORDERS_ASSIGN = 'orders.assign';
export const ORDERS_APPROVE = 'orders.approve';
export const ORDERS_WORK = 'orders.work';
export const ORDERS_PAY = 'orders.pay';

/** The steps of an order: each type's machine says which of these a step asks, and the staff on the order do theirs. */
export const ORDER_STEP_PERMISSIONS = [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_APPROVE, ORDERS_WORK, ORDERS_PAY];

export const orderPermissions: PermissionDef[] = [
  { code: ORDERS_READ, description: 'See the orders of the offices in the subtree' },
  {
    code: ORDERS_INTAKE,
    description: 'Take requests, quote from the posted list, confirm with the owner, cancel before completion (A7.4.1–2)',
  },
  { code: ORDERS_ASSIGN, description: 'Assign staff to orders and act for them on site (A7.3: the environment supervisor)' },
  { code: ORDERS_APPROVE, description: 'Approve dispatch of order types that need it (A4.4.3)' },
  {
    code: ORDERS_WORK,
    description: 'Do the orders one is assigned to: on the way, start, materials, owner’s signature, payment on the spot',
  },
  { code: ORDERS_PAY, description: 'Record payments and close paid orders (cashiers, A2.4.2.3)' },
];

const read = [ORDERS_READ];
export const orderRoleDefaults: RoleDefaults = {
  system_admin: [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_APPROVE, ORDERS_PAY],
  general_manager: read,
  hq_business: read,
  office_head: [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_APPROVE, ORDERS_PAY],
  department_manager: [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_APPROVE],
  environment_supervisor: [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_PAY],
  customer_service_supervisor: [ORDERS_READ, ORDERS_INTAKE],
  cashier: [ORDERS_READ, ORDERS_PAY],
  // the GPS manager also closes the department's orders (free ones once the customer signed, paid ones once paid)
  gps_manager: [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_APPROVE, ORDERS_PAY],
  cleaner: [ORDERS_WORK],
  technician: [ORDERS_WORK],
  // home infusion (A5.6–A5.7): the centre's head takes, assigns and collects visits; its nurses go
  health_centre_head: [ORDERS_READ, ORDERS_INTAKE, ORDERS_ASSIGN, ORDERS_PAY],
  nurse: [ORDERS_WORK],
};
