import { type Access, allowsAt } from '../../platform/authz/access.js';
import { ORDERS_READ } from '../orders/order.permissions.js';
import { RECEIPTS_ISSUE, RECEIPTS_READ } from './money.permissions.js';

/** A statement is read by whoever reads the office's receipts or its orders (the agreement's people and cashiers). */
export const mayReadStatement = (access: Access, officePath: string) =>
  allowsAt(access, RECEIPTS_READ, officePath) || allowsAt(access, ORDERS_READ, officePath);

/** Paying and invoicing a statement is the cashier's (收费员按协议书的收费金额进行收费确认并开具发票). */
export const mayChargeStatement = (access: Access, officePath: string) => allowsAt(access, RECEIPTS_ISSUE, officePath);
