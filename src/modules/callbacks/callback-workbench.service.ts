import { intersectScopes, scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Figure, Todo } from '../../platform/modules.js';
import { CALLBACKS_READ, CALLBACKS_RECORD } from './callback.permissions.js';
import { monthsEnding } from './callback.rules.js';
import { defaultMonth } from './callback.service.js';
import * as repo from './callback-stats.repo.js';
import { rateByMonth } from './satisfaction.service.js';

/**
 * The callbacks still to make of the month being called back (A7.4.10), for whoever records them. Older months
 * still open are breaches, shown by the callbacks monitor.
 */
export async function callbackTodos(ctx: UseCase): Promise<Todo[]> {
  const scope = scopeOf(ctx.actor.access, CALLBACKS_RECORD);
  if (!scope.length) return [];
  const month = await defaultMonth(ctx);
  return [
    {
      key: 'callbacks.due',
      count: await repo.countToDo(ctx.db, ctx.actor.tenantId, scope, month),
      link: `/callbacks?state=to_do&month=${month}`,
    },
  ];
}

/** The satisfaction rate of the month being called back, and of the five before it. */
export async function callbackFigures(ctx: UseCase, scope: readonly string[]): Promise<Figure[]> {
  const within = intersectScopes(scope, scopeOf(ctx.actor.access, CALLBACKS_READ));
  if (!within.length) return [];
  const month = await defaultMonth(ctx);
  const series = await rateByMonth(ctx, within, monthsEnding(month, 6));
  return [{ key: 'callbacks.satisfaction', unit: 'permille', value: series.at(-1)!.value, link: `/satisfaction?month=${month}`, series }];
}
