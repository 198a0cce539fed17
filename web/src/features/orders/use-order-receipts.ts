import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import type { Order } from './order-model';

/** The order's receipts (the one in force, and any voided before it), for those who may read receipts. */
export function useOrderReceipts(order: Pick<Order, 'id' | 'payment'>) {
  const canRead = useAbility('receipts');
  return useQuery({
    queryKey: ['receipts', 'of-order', order.id, order.payment?.id],
    enabled: Boolean(order.payment) && canRead,
    retry: false,
    // an order has a receipt and the few voided before it: one page holds them all
    queryFn: async () =>
      (await unwrap(api.GET('/api/receipts', { params: { query: { orderId: order.id, sort: 'issuedAt', pageSize: 100 } } }))).items,
  });
}
