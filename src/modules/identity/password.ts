import { hash, verify } from '@node-rs/argon2';
import { fieldError } from '../../platform/http/errors.js';
import { PASSWORD_RULE_TEXT, passwordWeakness } from './password.rules.js';

/** argon2id with OWASP's current minimum (19 MiB, 2 passes, 1 lane). */
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

// Verified against when the username is unknown, so both failures take the same time.
let dummy: Promise<string> | undefined;

export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (stored === undefined) {
    dummy ??= hashPassword('not-a-real-password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Refuses a new password weaker than the rule (422 with the reason's code on `field`). */
export function requireStrongPassword(password: string, username: string, field: string): void {
  const weakness = passwordWeakness(password, username);
  if (weakness) throw fieldError('unprocessable', weakness, field, `the password is too weak: ${PASSWORD_RULE_TEXT}`);
}
