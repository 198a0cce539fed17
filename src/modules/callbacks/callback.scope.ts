import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { CALLBACKS_READ } from './callback.permissions.js';

/** The subtrees a callback list or rate covers: the chosen node (checked) or every node the caller may read. */
export async function callbackScope(ctx: UseCase, orgId: string | undefined): Promise<readonly string[]> {
  if (orgId) {
    const node = await loadVisibleOrg(ctx, orgId);
    authorize(ctx.actor.access, CALLBACKS_READ, node.path, 'org');
    return [node.path];
  }
  const scope = scopeOf(ctx.actor.access, CALLBACKS_READ);
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CALLBACKS_READ}`);
  return scope;
}
