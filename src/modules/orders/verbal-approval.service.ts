import { allowsAt } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { ORDERS_APPROVE, ORDERS_ASSIGN } from './order.permissions.js';
import { type LoadedOrder, loadOrder } from './order.service.js';
import type { OrderState } from './order.types.js';
import { orderType } from './order-types.js';
import * as repo from './verbal-approval.repo.js';

/** While someone is on the job: after dispatch and before the customer accepts it. */
const ON_THE_JOB: OrderState[] = ['assigned', 'in_progress', 'rework', 'completed'];

/**
 * A4.7 应急方案: who may record a verbal approval on this order (the technician on it, or whoever dispatches, while
 * the job is on, for a type with emergency dispatch) and who confirms one (the manager who approves dispatch).
 */
function abilities(ctx: UseCase, { order, officePath, facts }: LoadedOrder) {
  const onJob = orderType(order.type).emergencyDispatch === true && ON_THE_JOB.includes(order.state);
  return {
    record: onJob && (facts.isAssignee || allowsAt(ctx.actor.access, ORDERS_ASSIGN, officePath)),
    confirm: allowsAt(ctx.actor.access, ORDERS_APPROVE, officePath),
  };
}

/** The order's verbal approvals, oldest first, and what the caller may do with them. */
export async function verbalApprovals(ctx: UseCase, orderId: string) {
  const loaded = await loadOrder(ctx, orderId);
  return { items: await repo.listVerbalApprovals(ctx.db, ctx.actor.tenantId, orderId), abilities: abilities(ctx, loaded) };
}

/**
 * The technician records an approval got by phone when parts were short ("可经过口头请示…灵活处理"): who gave it and
 * what it allows. It stands as unconfirmed until the manager confirms it; one recorded by the manager is confirmed.
 */
export function recordVerbalApproval(ctx: UseCase, orderId: string, input: { approverName: string; content: string }) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadOrder(tx, orderId);
    const can = abilities(tx, loaded);
    if (!can.record) {
      if (orderType(loaded.order.type).emergencyDispatch !== true)
        throw new DomainError('unprocessable', 'verbal_approval.not_for_type', 'this order type takes no verbal approvals');
      if (!ON_THE_JOB.includes(loaded.order.state))
        throw new DomainError(
          'conflict',
          'verbal_approval.order_not_on_job',
          'only while the job is on: after dispatch, before acceptance',
        );
      throw new DomainError('forbidden', 'auth.forbidden', 'only the staff on the order or a dispatcher record a verbal approval');
    }
    const approval: repo.VerbalApproval = {
      id: newId(),
      approverName: input.approverName,
      content: input.content,
      recordedByName: tx.actor.displayName,
      recordedAt: tx.now,
      confirmedByName: can.confirm ? tx.actor.displayName : null,
      confirmedAt: can.confirm ? tx.now : null,
    };
    await repo.insertVerbalApproval(tx.db, tx.actor.tenantId, orderId, tx.actor.userId ?? 'system', approval);
    await tx.audit({ action: 'order.verbal_approval', entity: 'order', entityId: orderId, after: approval });
    return verbalApprovals(tx, orderId);
  });
}

/** The manager confirms afterwards a verbal approval the technician recorded (A4.7: 事后补录); once only. */
export function confirmVerbalApproval(ctx: UseCase, orderId: string, approvalId: string) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadOrder(tx, orderId);
    if (!abilities(tx, loaded).confirm) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${ORDERS_APPROVE} here`);
    const found = await repo.findVerbalApproval(tx.db, tx.actor.tenantId, orderId, approvalId);
    if (!found) throw notFound('verbal_approval');
    if (found.confirmedAt || !(await repo.confirmVerbalApproval(tx.db, tx.actor.tenantId, approvalId, tx.actor.displayName, tx.now)))
      throw new DomainError('conflict', 'verbal_approval.already_confirmed', 'this verbal approval is already confirmed');
    await tx.audit({
      action: 'order.verbal_approval_confirm',
      entity: 'order',
      entityId: orderId,
      before: found,
      after: { ...found, confirmedByName: tx.actor.displayName, confirmedAt: tx.now },
    });
    return verbalApprovals(tx, orderId);
  });
}
