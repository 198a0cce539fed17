import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { businessDateIn } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { AGREEMENTS_MANAGE } from './agreement.permissions.js';
import * as repo from './agreement.repo.js';

/** Today's agreement visits (A7.4.9) in the offices where the caller manages agreements. */
export async function agreementTodos(ctx: UseCase): Promise<Todo[]> {
  const scope = scopeOf(ctx.actor.access, AGREEMENTS_MANAGE);
  if (!scope.length) return [];
  const today = businessDateIn(ctx.clock.now(), await tenantZone(ctx));
  return [
    {
      key: 'agreements.visitsToday',
      count: await repo.countVisitsOn(ctx.db, ctx.actor.tenantId, scope, today),
      link: '/agreements?state=active',
    },
  ];
}
