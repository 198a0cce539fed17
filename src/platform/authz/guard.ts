import { DomainError } from '../http/errors.js';
import { type Access, decide } from './access.js';

/** Throws the right refusal for acting with `permission` on a record at `path` (404 outside, 403 inside). */
export function authorize(access: Access, permission: string, path: string, what: string): void {
  const d = decide(access, permission, path);
  if (d === 'not_found') throw new DomainError('not_found', `${what}.not_found`, `${what} not found`);
  if (d === 'forbidden') throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${permission} here`);
}

/** Throws 404 unless the caller can see the node at `path` at all. */
export function authorizeVisible(access: Access, path: string, what: string): void {
  if (decide(access, '', path) === 'not_found') throw new DomainError('not_found', `${what}.not_found`, `${what} not found`);
}

/** Like `authorize`, for a record that any one of several permissions opens (404 outside, 403 inside). */
export function authorizeAny(access: Access, permissions: readonly string[], path: string, what: string): void {
  if (permissions.some((p) => decide(access, p, path) === 'allow')) return;
  authorize(access, permissions[0]!, path, what);
}
