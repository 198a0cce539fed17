import { createHash, randomBytes } from 'node:crypto';
import { UUID_PATTERN } from '../../platform/ids.js';

/**
 * A bearer secret as handed out: `<tenantId>.<random>`. Only sha256(random) is stored, so a copy of
 * the database gives no working session or token. The tenant id lets a lookup use the primary key.
 */
export function newSecret(prefix = ''): { tenantBound: (tenantId: string) => string; hash: string } {
  const random = randomBytes(32).toString('base64url');
  return { tenantBound: (tenantId) => `${prefix}${tenantId}.${random}`, hash: sha256(random) };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Splits a presented secret into tenant id and the hash to look up; null when malformed. */
export function parseSecret(value: string, prefix = ''): { tenantId: string; hash: string } | null {
  if (!value.startsWith(prefix)) return null;
  const [tenantId, random, ...rest] = value.slice(prefix.length).split('.');
  if (!tenantId || !random || rest.length || !UUID_PATTERN.test(tenantId) || random.length < 40 || random.length > 64) return null;
  return { tenantId, hash: sha256(random) };
}
