import { z } from 'zod';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './receipt-due.schemas.js';
import * as due from './receipt-due.service.js';

/** Payments taken in the field into the office's account, and the cashier writing their receipts (A2.4.2.5). */
export function receiptDueRoutes(app: App): void {
  const tags = ['receipts'];
  app.get(
    '/api/receipts/due',
    {
      config: { permissions: ['receipts.issue'] },
      schema: {
        tags,
        summary: 'Payments taken in the field by WeChat, transfer or card still waiting for their receipt',
        response: { 200: z.array(s.dueReceiptSchema), ...errorResponses },
      },
    },
    (req) => due.listDueReceipts(contextOf(req)),
  );
  app.post(
    '/api/receipts/due/:id',
    {
      config: { permissions: ['receipts.issue'] },
      schema: {
        tags,
        summary: 'Write the receipt of a payment waiting for one (`id`: the payment), from the caller’s book',
        params: idParam,
        response: { 201: s.writtenReceiptSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await due.writeDueReceipt(contextOf(req), req.params.id)),
  );
}
