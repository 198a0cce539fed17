import { authorizeAny } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import { ORDERS_PAY, ORDERS_READ } from '../orders/order.permissions.js';
import { orgPathOf } from '../orgs/org.service.js';
import * as custody from './custody.repo.js';
import { FINANCE_CUSTODIAN, RECEIPTS_READ, RECEIPTS_REQUEST } from './money.permissions.js';
import * as books from './receipt-book.repo.js';
import * as statements from './statement.repo.js';

/*
 * Who may read one money record (for its history, X1): the same people its list shows it to,
 * answering 404 outside their nodes and 403 inside them without a permission that opens it.
 */

/** A hand-over: its giver and receiver, and whoever sees the office's cash (orders, receipts or finance). */
export async function readHandover(ctx: UseCase, id: string) {
  const h = await custody.findHandover(ctx.db, ctx.actor.tenantId, id);
  if (!h) throw notFound('handover');
  if (ctx.actor.userId && (h.fromId === ctx.actor.userId || h.toId === ctx.actor.userId)) return h;
  authorizeAny(ctx.actor.access, [RECEIPTS_READ, ORDERS_READ, FINANCE_CUSTODIAN], await orgPathOf(ctx, h.officeId), 'handover');
  return h;
}

/** A remittance: the office's cashiers and readers of receipts, and finance. */
export async function readRemittance(ctx: UseCase, id: string) {
  const found = await custody.findRemittance(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('remittance');
  authorizeAny(ctx.actor.access, [RECEIPTS_READ, FINANCE_CUSTODIAN, ORDERS_PAY], found.officePath, 'remittance');
  return found.remittance;
}

/** A request for a receipt book: the requesting department and finance. */
export async function readBookRequest(ctx: UseCase, id: string) {
  const found = await books.findRequest(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('book_request');
  authorizeAny(ctx.actor.access, [RECEIPTS_REQUEST, FINANCE_CUSTODIAN], found.orgPath, 'book_request');
  return found.request;
}

/** An agreement's monthly statement: whoever may read its office's receipts or orders (as its page does). */
export async function readStatement(ctx: UseCase, id: string) {
  const found = await statements.findStatement(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('statement');
  authorizeAny(ctx.actor.access, [RECEIPTS_READ, ORDERS_READ], found.officePath, 'statement');
  return found.statement;
}
