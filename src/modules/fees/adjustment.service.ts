import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantMonth } from '../../platform/tenancy.js';
import { applyAdjustment, refuseAdjustment, refuseDecision } from './adjustment.rules.js';
import * as repo from './bill.repo.js';
import { getBill, loadBill } from './bill.service.js';
import { countBillChanges } from './bill-totals.repo.js';
import { countedBill } from './bill-totals.rules.js';
import { FEE_ADJUSTMENTS_APPROVE, FEE_ADJUSTMENTS_REQUEST } from './fees.permissions.js';

const KIND = { 'bill.already_paid': 'conflict', 'bill.in_bank_batch': 'conflict', 'adjustment.not_pending': 'conflict' } as const;
const MESSAGE: Record<string, string> = {
  'bill.already_paid': 'the bill is paid: it can no longer be adjusted',
  'bill.in_bank_batch': 'the bank is collecting the bill (its batch awaits the return file): adjust it once the file is in',
  'adjustment.below_zero': 'what is due would go below 0',
  'adjustment.zero': 'an adjustment of 0 changes nothing',
  'adjustment.not_pending': 'the adjustment was decided already',
};
function refuse(code: string | null, field?: string): void {
  if (!code) return;
  const kind = KIND[code as keyof typeof KIND] ?? 'unprocessable';
  throw new DomainError(kind, code, MESSAGE[code] ?? code, field ? [{ field, code, message: MESSAGE[code] ?? code }] : []);
}
const stale = () => new DomainError('conflict', 'record.version_conflict', 'the record was changed by someone else; reload');

/** An adjustment the caller may read, with its bill (the bill's office decides). */
export async function loadAdjustment(ctx: UseCase, id: string) {
  const a = await repo.findAdjustment(ctx.db, ctx.actor.tenantId, id);
  if (!a) throw notFound('adjustment');
  return { adjustment: a, bill: await loadBill(ctx, a.billId) };
}

/** Asks for a reduction (negative) or correction of a bill, with a reason; the office head decides. */
export async function requestAdjustment(ctx: UseCase, billId: string, input: { amountFen: number; reason: string }) {
  await inTransaction(ctx, async (tx) => {
    // locked before it is read: a bank batch exported at this moment either waits for this adjustment (and holds the
    // bill out) or has taken the bill before it is read here (and the adjustment is refused)
    await repo.lockBill(tx.db, tx.actor.tenantId, billId);
    const { bill, officePath } = await loadBill(tx, billId);
    authorize(tx.actor.access, FEE_ADJUSTMENTS_REQUEST, officePath, 'bill');
    refuse(refuseAdjustment(bill, input.amountFen), 'amountFen');
    const a: repo.Adjustment = {
      id: newId(),
      billId,
      officeId: bill.officeId,
      amountFen: input.amountFen,
      reason: input.reason,
      state: 'pending',
      requestedBy: tx.actor.userId ?? 'system',
      requestedByName: tx.actor.displayName,
      requestedAt: tx.now,
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      decisionNote: null,
      version: 1,
    };
    await repo.insertAdjustment(tx.db, tx.actor.tenantId, a);
    await tx.audit({ action: 'adjustment.request', entity: 'fee_adjustment', entityId: a.id, after: a });
  });
  return getBill(ctx, billId);
}

async function decide(tx: Tx, id: string, version: number) {
  const { adjustment, bill } = await loadAdjustment(tx, id);
  authorize(tx.actor.access, FEE_ADJUSTMENTS_APPROVE, bill.officePath, 'adjustment');
  if (adjustment.version !== version) throw stale();
  refuse(refuseDecision(adjustment.state));
  return { adjustment, bill: bill.bill };
}

/**
 * The office head approves: the amount joins the bill's adjustment (the bill itself is never edited otherwise);
 * never below 0 due, never on a paid bill; a bill left with nothing due is settled without a payment.
 */
export async function approveAdjustment(ctx: UseCase, id: string, input: { version: number; note?: string | undefined }) {
  const billId = await inTransaction(ctx, async (tx) => {
    const { adjustment, bill } = await decide(tx, id, input.version);
    refuse(refuseAdjustment(bill, adjustment.amountFen));
    const next = applyAdjustment(bill, adjustment.amountFen);
    const after = {
      ...next,
      paidAt: next.settled ? tx.now : bill.paidAt,
      paidPeriod: next.settled ? await tenantMonth(tx, tx.now) : bill.paidPeriod,
      version: bill.version + 1,
    };
    if (!(await repo.updateBillAdjustment(tx.db, tx.actor.tenantId, after, bill.version))) throw stale();
    await countBillChanges(tx.db, tx.actor.tenantId, [{ before: countedBill(bill), after: countedBill(after) }]);
    const decided: repo.Adjustment = {
      ...adjustment,
      state: 'approved',
      decidedBy: tx.actor.userId,
      decidedByName: tx.actor.displayName,
      decidedAt: tx.now,
      decisionNote: input.note ?? null,
      version: adjustment.version + 1,
    };
    if (!(await repo.updateAdjustment(tx.db, tx.actor.tenantId, decided, adjustment.version))) throw stale();
    await tx.audit({ action: 'adjustment.approve', entity: 'fee_adjustment', entityId: id, before: adjustment, after: decided });
    const { settled: _s, ...billAfter } = after;
    await tx.audit({
      action: next.settled ? 'bill.settle' : 'bill.adjust',
      entity: 'fee_bill',
      entityId: bill.id,
      before: bill,
      after: billAfter,
    });
    return bill.id;
  });
  return getBill(ctx, billId);
}

/** The office head rejects, with a reason: the bill stays as it was. */
export async function rejectAdjustment(ctx: UseCase, id: string, input: { version: number; note: string }) {
  const billId = await inTransaction(ctx, async (tx) => {
    const { adjustment, bill } = await decide(tx, id, input.version);
    const decided: repo.Adjustment = {
      ...adjustment,
      state: 'rejected',
      decidedBy: tx.actor.userId,
      decidedByName: tx.actor.displayName,
      decidedAt: tx.now,
      decisionNote: input.note,
      version: adjustment.version + 1,
    };
    if (!(await repo.updateAdjustment(tx.db, tx.actor.tenantId, decided, adjustment.version))) throw stale();
    await tx.audit({ action: 'adjustment.reject', entity: 'fee_adjustment', entityId: id, before: adjustment, after: decided });
    return bill.id;
  });
  return getBill(ctx, billId);
}
