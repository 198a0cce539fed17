import * as z from 'zod/mini';
import { passwordSchema } from '../../app/auth/auth.schemas';

/** The server's limits on a user's fields (identity.schemas.ts), checked before sending. */
export const userSchema = z.object({
  username: z
    .string()
    .check(z.trim(), z.minLength(2), z.maxLength(40), z.regex(/^[A-Za-z0-9_.-]+$/, { error: 'validation:usernameChars' })),
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  phone: z.optional(z.string().check(z.trim(), z.maxLength(20), z.regex(/^[0-9+\- ]*$/, { error: 'validation:phoneChars' }))),
  licenceNo: z.optional(z.string().check(z.trim(), z.minLength(4), z.maxLength(40), z.regex(/^[0-9A-Za-z-]+$/))),
  orgId: z.string().check(z.minLength(1)),
  password: passwordSchema,
});
