import * as z from 'zod/mini';

/** The same limits the server applies (identity.schemas.ts), so the form says it first. */
export const passwordSchema = z.string().check(z.minLength(8), z.maxLength(128));

export const loginSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  password: z.string().check(z.minLength(1), z.maxLength(128)),
  tenant: z.optional(z.string().check(z.trim(), z.maxLength(40))),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(128)),
  newPassword: passwordSchema,
});
