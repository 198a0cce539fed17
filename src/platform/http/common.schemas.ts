import { z } from 'zod';
import { hasBidiControl } from '../text.js';

/** Shared schema pieces, so every module describes the same things the same way. */
export const idParam = z.strictObject({ id: z.uuid().describe('Record id (UUIDv7)') });
/**
 * A name others read (a person, an office, an item, a list's title, a line of the posted list): besides the control characters
 * every request is checked for, it may hold no invisible direction control, which would make it read
 * as something else — on the public price-list notice among other places.
 */
export const nameText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasBidiControl(s), { message: 'no direction controls (U+202A–202E, U+2066–2069)', params: { code: 'bidi_control' } });
export const name = nameText(100);
/** A phone number as people write it: digits, +, - and spaces. */
export const phoneText = z
  .string()
  .trim()
  .min(3)
  .max(20)
  .regex(/^[0-9+\- ]+$/, 'digits only');
export const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, _ . - only');
export const reason = z.string().trim().min(1).max(500).describe('Why; kept in the record history');
export const version = z.number().int().min(1).optional().describe('The version you last saw; a newer one answers 409');
export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

const problemField = z.object({ field: z.string(), code: z.string(), message: z.string() });
/** RFC 9457 problem details. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable error code'),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(problemField).optional(),
  })
  .describe('Problem details (application/problem+json)');

/** Documented error answers, added to every route's responses. */
/** The header of a write a client may resend safely (see platform/idempotency.ts). */
export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().max(100).optional().describe('8 to 100 letters, digits, _ . : -; the same key resends the same request'),
});

export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
