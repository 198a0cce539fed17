import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Order } from './order-model';

/**
 * Where a paid order's money went and its receipt (written, or awaited from the cashier), open to whoever reads the
 * order: the payment panel and the cash trail ask it once between them.
 */
export function useOrderCash(order: Pick<Order, 'id' | 'payment'>) {
  return useQuery({
    queryKey: ['orders', 'cash', order.id, order.payment?.id],
    queryFn: () => unwrap(api.GET('/api/orders/{id}/cash', { params: { path: { id: order.id } } })),
    enabled: Boolean(order.payment),
  });
}
