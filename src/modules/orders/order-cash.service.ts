import type { UseCase } from '../../platform/context.js';
import { cashTrail } from '../money/cash-trail.service.js';
import { loadOrder } from './order.service.js';

/**
 * Where an order's money went after it was paid (A7.4.7): the holder now and the hand-overs from the staff through
 * the supervisor to the cashier and on to finance, as the money module records them. Open to whoever may read the
 * order (404 outside their offices, 403 inside), who sees the same cash on the cash-in-hand page.
 */
export async function cashOfOrder(ctx: UseCase, orderId: string) {
  const { payment } = await loadOrder(ctx, orderId);
  return { trail: payment ? await cashTrail(ctx, payment.id) : null };
}
