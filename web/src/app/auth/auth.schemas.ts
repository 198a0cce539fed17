import * as z from 'zod/mini';

const kinds = (v: string) => [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(v)).length;

/**
 * The same rule the server applies (identity/password.rules.ts), so the form says it first; the
 * server alone checks that the password does not contain the username.
 */
export const passwordSchema = z.string().check(
  z.minLength(10),
  z.maxLength(128),
  z.refine((v) => kinds(v) >= 2, { message: 'validation:passwordKinds' }),
);

export const loginSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  password: z.string().check(z.minLength(1), z.maxLength(128)),
  tenant: z.optional(z.string().check(z.trim(), z.maxLength(40))),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(128)),
  newPassword: passwordSchema,
});
