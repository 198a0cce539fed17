import type { Tx } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { nextState } from '../../platform/machine.js';
import { ORDER_MACHINE } from './order.machine.js';
import * as repo from './order.repo.js';
import type { Order } from './order.types.js';

/**
 * The visits of a monthly statement are paid when the statement is (A7.4.3): each accepted order moves to
 * `paid` through the machine's `pay`, inside the statement's transaction, its history naming the statement.
 */
export async function markPaidOnStatement(tx: Tx, orderIds: readonly string[], statement: { id: string; label: string }) {
  for (const id of orderIds) {
    const found = await repo.findOrder(tx.db, tx.actor.tenantId, id);
    if (found?.order.billing !== 'monthly' || nextState(ORDER_MACHINE, found.order.state, 'pay') !== 'paid')
      throw new DomainError(
        'conflict',
        'statement.order_not_payable',
        `order ${found?.order.number ?? id} cannot be paid on this statement`,
      );
    const o = found.order;
    const next: Order = { ...o, state: 'paid', paidAt: tx.now, version: o.version + 1, updatedAt: tx.now };
    if (!(await repo.updateOrder(tx.db, o, next)))
      throw new DomainError('conflict', 'record.version_conflict', 'an order of the statement was changed by someone else; reload');
    await tx.audit({
      action: 'order.pay',
      entity: 'order',
      entityId: o.id,
      before: o,
      after: { ...next, detail: { statementId: statement.id, statement: statement.label } },
    });
  }
}
