import { listHistory } from '../../platform/audit/audit.service.js';
import type { Tx, UseCase } from '../../platform/context.js';
import { type ApprovalEvent, type ApprovalStep, approvalSteps } from './approval-steps.rules.js';

/**
 * The approval record of a standard on the standards' chain (`fee_standard`, `parking_standard`), every round, from
 * its audit events. `taking`: the step of the transaction under way, whose event is written only at its commit.
 */
export async function approvalStepsOf(ctx: UseCase, record: string, id: string, taking?: ApprovalEvent): Promise<ApprovalStep[]> {
  const events: ApprovalEvent[] = await listHistory(ctx.db, ctx.actor.tenantId, record, id);
  return approvalSteps(record, taking ? [...events, taking] : events);
}

/** A change being audited in `tx`, as its event will read (who, when), for `approvalStepsOf`'s `taking`. */
export const takingStep = (tx: Tx, change: { action: string; before?: unknown; after?: unknown }): ApprovalEvent => ({
  action: change.action,
  actorName: tx.actor.displayName,
  at: tx.now,
  before: change.before ?? null,
  after: change.after ?? null,
});
