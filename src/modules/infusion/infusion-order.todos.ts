import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { INFUSION_OVERRIDE_REVIEW } from './infusion.permissions.js';
import { pendingOverrides } from './infusion-order.repo.js';

/** The head's to-do (A5.3): overrides of excluded drugs waiting for their review, where the caller reviews. */
export async function orderTodos(ctx: UseCase): Promise<Todo[]> {
  const scope = scopeOf(ctx.actor.access, INFUSION_OVERRIDE_REVIEW);
  if (!ctx.actor.userId || scope.length === 0) return [];
  const r = await pendingOverrides(ctx.db, ctx.actor.tenantId, scope)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return [{ key: 'infusion.overridesToReview', count: Number(r?.n ?? 0), link: '/infusion/orders?overridePending=true' }];
}
