import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { orderCashSchema } from '../money/money.schemas.js';
import { cashOfOrder } from './order-cash.service.js';

/** Where an order's money went (A7.4.7): read on the order's page. */
export function orderCashRoutes(app: App): void {
  app.get(
    '/api/orders/:id/cash',
    {
      config: { permissions: ['orders.read', 'orders.work', 'receipts.issue'] },
      schema: {
        tags: ['cash custody'],
        summary: 'Who holds an order’s money now, the hand-overs that carried it and its remittances to finance (A7.4.7)',
        params: idParam,
        response: { 200: orderCashSchema, ...errorResponses },
      },
    },
    (req) => cashOfOrder(contextOf(req), req.params.id),
  );
}
