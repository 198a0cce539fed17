import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { bankReturnOverdueMonitor } from './bank-batch.monitors.js';
import * as repo from './bank-batch.repo.js';
import { FEE_BANK } from './fees.permissions.js';

/** The cashier's bank to-do: batches awaiting their return file, a warning once one is overdue (A2.3). */
export async function bankTodos(ctx: UseCase): Promise<Todo[]> {
  const scope = scopeOf(ctx.actor.access, FEE_BANK);
  if (scope.length === 0) return [];
  const awaiting = await repo.awaitingReturn(ctx.db, ctx.actor.tenantId, scope, ctx.clock.now().toISOString());
  let late = 0;
  for (const path of scope) late += await bankReturnOverdueMonitor.count(ctx, { nodeId: '', path });
  return [
    {
      key: 'fees.bankReturnsAwaited',
      count: awaiting.count,
      amountFen: awaiting.fen,
      link: '/bank-collection?tab=batches&state=exported',
      ...(late > 0 ? { severity: 'warning' as const } : {}),
    },
  ];
}
