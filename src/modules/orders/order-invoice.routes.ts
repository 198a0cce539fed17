import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from '../money/money.schemas.js';
import * as invoices from './order-invoice.service.js';

/** The invoice of one order (A7.4.8): recorded by the cashier against the order's total. */
export function orderInvoiceRoutes(app: App): void {
  const tags = ['invoices and reconciliation'];
  app.post(
    '/api/orders/:id/invoice',
    {
      config: { permissions: ['orders.read', 'orders.work', 'receipts.issue'] },
      schema: {
        tags,
        summary: 'Record the invoice of an accepted order (A7.4.8)',
        params: idParam,
        body: s.recordInvoiceBody,
        response: { 201: s.invoiceSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await invoices.recordOrderInvoice(contextOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/orders/:id/invoice',
    {
      config: { permissions: ['orders.read', 'orders.work', 'receipts.issue'] },
      schema: {
        tags,
        summary: 'The invoice of an order, if any, and its delivery deadline by the server’s clock (A7.4.8)',
        params: idParam,
        response: { 200: s.orderInvoiceSchema, ...errorResponses },
      },
    },
    (req) => invoices.invoiceOfOrder(contextOf(req), req.params.id),
  );
}
