import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { countOverdueItems } from './plan.repo.js';
import { TRAINING_MANAGE } from './training.permissions.js';
import { todayOf } from './training.today.js';

/**
 * The station head's to-do (A1.1): items of the plans in force whose month is over and which no session carried out —
 * the same items the plan shows as overdue (`itemStatus`).
 */
export async function trainingTodos(ctx: UseCase): Promise<Todo[]> {
  const scope = scopeOf(ctx.actor.access, TRAINING_MANAGE);
  if (!ctx.actor.userId || scope.length === 0) return [];
  const month = (await todayOf(ctx)).slice(0, 7);
  const count = await countOverdueItems(ctx.db, ctx.actor.tenantId, scope, month);
  return [{ key: 'training.itemsOverdue', count, link: '/workstation/training?tab=plan', severity: 'warning' }];
}
