import type { UseCase } from '../../platform/context.js';
import { cashTrail } from '../money/cash-trail.service.js';
import { paymentReceipt } from '../money/receipt-due.service.js';
import { loadOrder } from './order.service.js';

/**
 * Where an order's money went after it was paid (A7.4.7): the holder now and the hand-overs from the staff through
 * the supervisor to the cashier and on to finance, as the money module records them, and its receipt — written, or
 * awaited from the cashier (A2.4.2.5: field cash when it reaches her, WeChat or a transfer from her list). Open to
 * whoever may read the order (404 outside their offices, 403 inside), who sees the same cash on the cash-in-hand page.
 */
export async function cashOfOrder(ctx: UseCase, orderId: string) {
  const { payment } = await loadOrder(ctx, orderId);
  if (!payment) return { trail: null, receipt: null };
  const [trail, receipt] = await Promise.all([cashTrail(ctx, payment.id), paymentReceipt(ctx, payment.id)]);
  return { trail, receipt };
}
