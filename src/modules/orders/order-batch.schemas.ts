import { z } from 'zod';
import { reason } from '../../platform/http/common.schemas.js';
import { ORDER_STATES } from './order.types.js';
import { BATCH_MAX_ORDERS } from './order-batch.rules.js';

const target = z.strictObject({
  id: z.uuid(),
  version: z.number().int().min(1).describe('The version the list showed; a newer one refuses this order with 409'),
});
const targets = z
  .array(target)
  .min(1)
  .describe(`The ticked orders, at most ${BATCH_MAX_ORDERS} (more answers 422 order.batch_too_large); each once`);

export const batchAssignBody = z.strictObject({
  orders: targets,
  staff: z.array(z.uuid()).min(1).max(20).describe('Staff of the orders’ office, given every order'),
  staffShortReason: reason
    .optional()
    .describe('The reason agreed with the owners, kept on the orders where fewer staff go than were confirmed (A7.4.2)'),
});
export const batchCloseBody = z.strictObject({ orders: targets });

const refusal = z.object({
  status: z.number().int().describe('The HTTP status the single-order command answers'),
  code: z.string().describe('Stable error code, as the single-order command answers it'),
  message: z.string(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});
export const batchResult = z.object({
  done: z.number().int().describe('Orders the action went through for'),
  refused: z.number().int().describe('Orders refused; the others were not held back by them'),
  results: z
    .array(
      z.object({
        id: z.string(),
        number: z.string(),
        outcome: z.enum(['done', 'refused']),
        state: z.enum(ORDER_STATES).describe('After the action when done; as it was found when refused'),
        version: z.number().int(),
        refusal: refusal.nullable().describe('Why this order was refused (null when done)'),
      }),
    )
    .describe('One per ticked order, in the order sent'),
});

export const batchPrintQuery = z.strictObject({
  ids: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1))
    .describe(`Order ids, comma-separated, at most ${BATCH_MAX_ORDERS}; printed in this order`),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
