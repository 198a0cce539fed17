import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { RECEIPTS_ISSUE } from './money.permissions.js';
import { issueReceipt } from './receipt.service.js';
import type { ReceiptItem } from './receipt-book.types.js';
import * as repo from './receipt-due.repo.js';

/**
 * A payment just taken by someone who writes no receipts (called inside the payment's transaction): its receipt, with
 * the record's own lines, waits for a cashier — written when the cash reaches one, or, for money paid into the
 * office's account, from the cashier's list of payments awaiting their receipt (A2.4.2.5).
 */
export async function awaitReceipt(tx: Tx, p: Omit<repo.ReceiptDue, 'collectedBy' | 'collectedByName' | 'collectedAt' | 'receiptId'>) {
  await repo.insertDue(tx.db, tx.actor.tenantId, {
    ...p,
    collectedBy: tx.actor.userId ?? 'system',
    collectedByName: tx.actor.displayName,
    collectedAt: tx.now,
    receiptId: null,
  });
}

/** The lines a receipt of these payments will carry, where they were taken without one. */
export async function dueItems(tx: Tx, paymentIds: readonly string[]): Promise<Map<string, ReceiptItem[]>> {
  return new Map((await repo.dueByPayment(tx.db, tx.actor.tenantId, paymentIds)).map((d) => [d.paymentId, d.items]));
}

/** Records that a due payment's receipt was written (the cash's hand-over to a cashier). */
export async function receipted(tx: Tx, paymentId: string, receiptId: string) {
  await repo.markReceipted(tx.db, tx.actor.tenantId, paymentId, receiptId);
}

/**
 * The receipt of a payment, for the page of what it paid for: written (its number) or awaiting a cashier. The caller
 * has checked that the reader may read that record; the number is what its printed form shows too.
 */
export const paymentReceipt = (ctx: UseCase, paymentId: string) => repo.receiptOfPayment(ctx.db, ctx.actor.tenantId, paymentId);

/** Payments of the cashier's offices paid into the office's account in the field, still without a receipt. */
export async function listDueReceipts(ctx: UseCase) {
  const scope = scopeOf(ctx.actor.access, RECEIPTS_ISSUE);
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${RECEIPTS_ISSUE}`);
  return repo.waitingNotCash(ctx.db, ctx.actor.tenantId, scope);
}

/**
 * A cashier writes the receipt of a payment made into the office's account in the field (WeChat, a transfer, a card),
 * from their own book, with the lines the payment was taken for. Cash is receipted by the cashier who receives it.
 */
export async function writeDueReceipt(ctx: UseCase, paymentId: string) {
  return inTransaction(ctx, async (tx) => {
    const found = await repo.findDue(tx.db, tx.actor.tenantId, paymentId);
    if (!found) throw notFound('payment');
    authorize(tx.actor.access, RECEIPTS_ISSUE, found.officePath, 'payment');
    const d = found.due;
    if (d.method === 'cash')
      throw new DomainError('unprocessable', 'receipt.cash_at_handover', 'cash gets its receipt from the cashier who receives it');
    if (d.receiptId) throw new DomainError('conflict', 'receipt.already_written', 'this payment already has its receipt');
    const receipt = await issueReceipt(tx, {
      officeId: d.officeId,
      payer: d.payer,
      items: d.items,
      amountFen: d.amountFen,
      method: d.method,
      orderId: d.orderId,
      paymentId: d.paymentId,
    });
    if (!(await repo.markReceipted(tx.db, tx.actor.tenantId, paymentId, receipt.id)))
      throw new DomainError('conflict', 'receipt.already_written', 'this payment already has its receipt');
    return { ...receipt, officeName: found.officeName };
  });
}
