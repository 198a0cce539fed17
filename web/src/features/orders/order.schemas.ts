import * as z from 'zod/mini';

/** The server's limits on an order's fields (order.schemas.ts), checked before sending. */
export const orderFieldSchema = z.object({
  customerName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  customerPhone: z.string().check(z.trim(), z.minLength(3), z.maxLength(20), z.regex(/^[0-9+\- ]+$/, { error: 'validation:phoneChars' })),
  optionalPhone: z.optional(z.string().check(z.trim(), z.maxLength(20), z.regex(/^[0-9+\- ]*$/, { error: 'validation:phoneChars' }))),
  address: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  optionalAddress: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  description: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
  staffCount: z.int().check(z.minimum(1), z.maximum(50)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  signerName: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  materialName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  unitLabel: z.string().check(z.trim(), z.minLength(1), z.maxLength(10)),
});
