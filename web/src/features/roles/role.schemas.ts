import * as z from 'zod/mini';

/** The server's limits on a custom role (identity.schemas.ts). */
export const roleSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(2), z.maxLength(40), z.regex(/^[a-z][a-z0-9_]*$/, { error: 'validation:roleCodeChars' })),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  permissions: z.optional(z.array(z.string()).check(z.maxLength(200))),
});
