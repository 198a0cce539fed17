import { z } from 'zod';
import { fenSchema } from '../../platform/money.js';
import { receiptItemSchema } from './money.schemas.js';

/** A payment taken in the field into the office's account, waiting for a cashier to write its receipt. */
export const dueReceiptSchema = z.object({
  paymentId: z.string(),
  orderId: z.string().nullable(),
  officeId: z.string(),
  officeName: z.string(),
  ref: z.string().describe('The order’s number'),
  payer: z.string(),
  items: z.array(receiptItemSchema).describe('The lines its receipt will carry: the order’s own, then the material fee'),
  amountFen: fenSchema,
  method: z.string().describe('How it was paid: never cash (cash is receipted by the cashier who receives it)'),
  collectedByName: z.string(),
  collectedAt: z.string(),
});

/** The receipt just written for a due payment. */
export const writtenReceiptSchema = z.object({
  id: z.string(),
  number: z.string(),
  paymentId: z.string().nullable(),
  amountFen: fenSchema,
  officeName: z.string(),
});
