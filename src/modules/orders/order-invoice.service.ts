import { allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { deadlineMissed, invoiceDueAt, invoiceOverdue } from '../money/invoice.rules.js';
import { findOrderInvoice, type Invoice, type InvoiceInput, writeInvoice } from '../money/invoice.service.js';
import { RECEIPTS_ISSUE } from '../money/money.permissions.js';
import { paramAt } from '../params/params.service.js';
import { type LoadedOrder, loadOrder } from './order.service.js';
import { orderType } from './order-types.js';

/**
 * The cashier confirms the amount against the order, records the invoice's number, date and kind,
 * and it is written onto the order (A7.4.8). A visit charged on a monthly statement is invoiced there.
 */
export async function recordOrderInvoice(ctx: UseCase, orderId: string, input: InvoiceInput): Promise<Invoice> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadOrder(tx, orderId);
    const { order, officePath } = loaded;
    if (!issuesOwnInvoice(loaded)) authorize(tx.actor.access, RECEIPTS_ISSUE, officePath, 'order');
    if (order.totalFen === 0) throw new DomainError('unprocessable', 'invoice.order_free', 'a free order has nothing to invoice');
    if (!order.acceptedAt || order.state === 'cancelled')
      throw new DomainError('conflict', 'invoice.order_not_accepted', 'invoice an order after the owner accepted it');
    if (order.billing === 'monthly')
      throw new DomainError('unprocessable', 'invoice.billed_monthly', 'this visit is invoiced on its agreement’s monthly statement');
    if (input.amountFen !== order.totalFen)
      throw fieldError('unprocessable', 'invoice.amount_mismatch', 'amountFen', 'the invoice amount must equal the order total');
    if (await findOrderInvoice(tx, orderId)) throw new DomainError('conflict', 'invoice.exists', 'this order already has an invoice');
    const subject = {
      orderId,
      statementId: null,
      officeId: order.officeId,
      payer: order.customerName,
      label: order.number,
      basisAt: order.acceptedAt,
    };
    // the technician writes it in front of the customer and hands it over there (A4.4.9)
    return writeInvoice(tx, subject, input, issuesOwnInvoice(loaded));
  });
}

/**
 * A4.4.9 "应由维修人员直接向客户收取费用，并开具发票": on a job priced on site (GPS), the technician on the order
 * writes the customer's invoice himself; every other order is invoiced by a cashier.
 */
const issuesOwnInvoice = ({ order, facts }: LoadedOrder) => orderType(order.type).pricedAt === 'site' && facts.isAssignee;

/**
 * The invoice of an order the caller may read, if one was recorded, and where the order stands against its
 * delivery deadline (A7.4.8) by the server's clock and the office's `invoiceDeliveryHours`: the web shows
 * the deadline as given here, never working it out with the browser's own clock.
 */
export async function invoiceOfOrder(ctx: UseCase, orderId: string) {
  const loaded = await loadOrder(ctx, orderId);
  const { order, officePath } = loaded;
  const mayRecord = order.totalFen > 0 && (issuesOwnInvoice(loaded) || allowsAt(ctx.actor.access, RECEIPTS_ISSUE, officePath));
  const invoice = await findOrderInvoice(ctx, orderId);
  const now = ctx.clock.now();
  let delivery = null;
  if (order.acceptedAt && order.state !== 'cancelled' && order.billing === 'per_order') {
    const hours = await paramAt(ctx, officePath, 'invoiceDeliveryHours');
    const due = { basisAt: order.acceptedAt, deliveredAt: invoice?.deliveredAt ?? null };
    delivery = {
      hours,
      dueAt: invoiceDueAt(order.acceptedAt, hours),
      overdue: invoiceOverdue(due, hours, now),
      deadlineMissed: deadlineMissed(due, hours, now),
    };
  }
  return { invoice, delivery, checkedAt: now.toISOString(), mayRecord };
}
