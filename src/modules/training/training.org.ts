import { allowsAt } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { fieldError, forbidden } from '../../platform/http/errors.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { keepsTraining } from './training.policy.js';

/**
 * The station or centre a request names in `orgId`: visible to the caller (else a field error), where the caller holds
 * `permission` (else 403), and of a kind that keeps training records.
 */
export async function trainingOrg(ctx: UseCase, orgId: string, permission: string) {
  const org = await loadVisibleOrg(ctx, orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such station or centre in your nodes');
  });
  if (!allowsAt(ctx.actor.access, permission, org.path)) throw forbidden(permission);
  if (!keepsTraining(org.kind))
    throw fieldError('unprocessable', 'training.org_not_station', 'orgId', 'training is kept by a station or a centre');
  return org;
}
