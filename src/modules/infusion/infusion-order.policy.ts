import { type Access, allowsAt, decide } from '../../platform/authz/access.js';
import { DomainError } from '../../platform/http/errors.js';
import { INFUSION_ORDER, INFUSION_OVERRIDE_REVIEW, INFUSION_READ } from './infusion.permissions.js';
import type { Order } from './infusion-order.repo.js';

/**
 * Throws the refusal for acting with `permission` on an infusion record at `path`: 404 (`infusion.<what>_not_found`)
 * outside the caller's nodes, 403 inside without the permission.
 */
export function authorizeInfusion(access: Access, permission: string, path: string, what: 'order' | 'patient'): void {
  const d = decide(access, permission, path);
  if (d === 'not_found') throw new DomainError('not_found', `infusion.${what}_not_found`, `${what} not found`);
  if (d === 'forbidden') throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${permission} here`);
}

export const authorizeOrderRead = (access: Access, path: string) => authorizeInfusion(access, INFUSION_READ, path, 'order');

/** Whether the order has an override (A5.3) its head has not reviewed yet; a cancelled order's needs none. */
export const overridePending = (o: Pick<Order, 'overrideCategories' | 'overrideReviewedAt' | 'state'>) =>
  o.overrideCategories !== null && o.overrideReviewedAt === null && o.state !== 'cancelled';

/** What the caller may do to an order: cancel an active one where they order; review a pending override where they review. */
export function orderAbilities(access: Access, o: Pick<Order, 'overrideCategories' | 'overrideReviewedAt' | 'state'>, path: string) {
  return {
    cancel: o.state === 'active' && allowsAt(access, INFUSION_ORDER, path),
    review: overridePending(o) && allowsAt(access, INFUSION_OVERRIDE_REVIEW, path),
  };
}
