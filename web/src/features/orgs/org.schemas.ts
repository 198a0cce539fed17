import * as z from 'zod/mini';

/** The server's limits on a node's name and code (org.schemas.ts, common.schemas.ts). */
export const orgName = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
export const orgCode = z.optional(
  z.string().check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'validation:codeChars' })),
);
