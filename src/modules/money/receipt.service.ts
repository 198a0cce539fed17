import { allowsAt, hasAnywhere, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { publish } from '../../platform/events.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { periodBound } from '../../platform/time.js';
import { setReceipt } from './custody.repo.js';
import type {} from './money.events.js';
import { RECEIPTS_ISSUE, RECEIPTS_READ } from './money.permissions.js';
import * as repo from './receipt-book.repo.js';
import { receiptNumber } from './receipt-book.rules.js';
import type { Receipt, ReceiptItem } from './receipt-book.types.js';
import { replaceDueReceipt } from './receipt-due.repo.js';

export interface ReceiptInput {
  officeId: string;
  payer: string;
  items: ReceiptItem[];
  amountFen: number;
  method: string;
  orderId: string | null;
  paymentId: string | null;
}

/** Does the caller write receipts (a cashier), so a payment they take must get one at once? */
export const writesReceipts = (ctx: UseCase) => hasAnywhere(ctx.actor.access, RECEIPTS_ISSUE);

/**
 * Issues a receipt from the caller's open book inside the caller's transaction — the payment and its
 * receipt commit together or not at all (A2.4.2.5). The stub stays with the book's department.
 */
export async function issueReceipt(tx: Tx, input: ReceiptInput): Promise<Receipt> {
  if (!tx.actor.userId) throw new DomainError('forbidden', 'auth.forbidden', 'only a cashier issues receipts');
  const taken = await repo.takeNumber(tx.db, tx.actor.tenantId, tx.actor.userId, tx.now);
  if (!taken)
    throw new DomainError('unprocessable', 'receipt.no_open_book', 'you have no receipt book with numbers left; request one from finance');
  const receipt: Receipt = {
    id: newId(),
    bookId: taken.bookId,
    seqNo: taken.seqNo,
    number: receiptNumber(taken.series, taken.seqNo),
    officeId: input.officeId,
    payer: input.payer,
    items: input.items,
    amountFen: input.amountFen,
    method: input.method,
    cashierId: tx.actor.userId,
    cashierName: tx.actor.displayName,
    issuedAt: tx.now,
    orderId: input.orderId,
    paymentId: input.paymentId,
    voidedAt: null,
    voidReason: null,
    voidedBy: null,
    reprints: 0,
  };
  await repo.insertReceipt(tx.db, tx.actor.tenantId, receipt);
  await tx.audit({ action: 'receipt.issue', entity: 'receipt', entityId: receipt.id, after: receipt });
  return receipt;
}

async function load(ctx: UseCase, id: string) {
  const found = await repo.findReceipt(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('receipt');
  authorize(ctx.actor.access, RECEIPTS_READ, found.officePath, 'receipt');
  return found;
}

const present = (ctx: UseCase, f: { receipt: Receipt; officePath: string; officeName: string }) => ({
  ...f.receipt,
  officeName: f.officeName,
  abilities: {
    // the cashier who wrote it voids it; any cashier of the office writes the replacement of a voided one
    void: !f.receipt.voidedAt && f.receipt.cashierId === ctx.actor.userId && allowsAt(ctx.actor.access, RECEIPTS_ISSUE, f.officePath),
    replace: f.receipt.voidedAt !== null && allowsAt(ctx.actor.access, RECEIPTS_ISSUE, f.officePath),
  },
});

export async function getReceipt(ctx: UseCase, id: string) {
  return present(ctx, await load(ctx, id));
}

/** A receipt by id without receipts.read: only for a module that has checked the caller may read its payment. */
export async function receiptForCheckedPayment(ctx: UseCase, id: string) {
  const found = await repo.findReceipt(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('receipt');
  return present(ctx, found);
}

export interface ReceiptFilter {
  bookId?: string | undefined;
  orderId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

async function receiptFilter(ctx: UseCase, f: ReceiptFilter) {
  const scope = scopeOf(ctx.actor.access, RECEIPTS_READ);
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${RECEIPTS_READ}`);
  // a date means the organisation's business day, whatever the browser's zone
  const tz = f.from || f.to ? await tenantZone(ctx) : '';
  const from = f.from ? periodBound(f.from, tz, 'from') : undefined;
  const to = f.to ? periodBound(f.to, tz, 'to') : undefined;
  return { ...f, from, to, scope };
}

/** One page of the receipts of the caller's offices, with the total over all pages. */
export async function listReceipts(ctx: UseCase, f: ReceiptFilter & { page: number; pageSize: number }) {
  const { rows, total } = await repo.listReceipts(ctx.db, ctx.actor.tenantId, await receiptFilter(ctx, f), f);
  const items = rows.map(({ officePath, officeName, ...receipt }) => present(ctx, { receipt, officePath, officeName }));
  return { items, total, page: f.page, pageSize: f.pageSize };
}

/** Voids a receipt: its number, stub and amount are kept with the reason, never deleted. */
export async function voidReceipt(ctx: UseCase, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const found = await load(tx, id);
    if (!present(tx, found).abilities.void) {
      if (found.receipt.voidedAt) throw new DomainError('conflict', 'receipt.already_void', 'this receipt is already void');
      throw new DomainError('forbidden', 'auth.forbidden', 'only the cashier who issued it may void a receipt');
    }
    if (!(await repo.markVoid(tx.db, tx.actor.tenantId, id, tx.now, reason, tx.actor.displayName))) {
      throw new DomainError('conflict', 'receipt.already_void', 'this receipt is already void');
    }
    await tx.audit({ action: 'receipt.void', entity: 'receipt', entityId: id, before: found.receipt, after: { reason } });
    return present(tx, { ...found, receipt: { ...found.receipt, voidedAt: tx.now, voidReason: reason, voidedBy: tx.actor.displayName } });
  });
}

/** Counts and audits a reprint; the printed copy says 重印. */
export async function reprintReceipt(ctx: UseCase, id: string) {
  return inTransaction(ctx, async (tx: Tx) => {
    const found = await load(tx, id);
    await repo.countReprint(tx.db, tx.actor.tenantId, id);
    await tx.audit({ action: 'receipt.reprint', entity: 'receipt', entityId: id, after: { reprints: found.receipt.reprints + 1 } });
    return present(tx, { ...found, receipt: { ...found.receipt, reprints: found.receipt.reprints + 1 } });
  });
}

/**
 * Writes a replacement for a voided receipt of a payment: a new number from the cashier's book, the
 * same payer, items and amount. The payment's records (its cash holding, a fee payment, a parking collection) point to
 * the new receipt.
 */
export async function replaceReceipt(ctx: UseCase, voidedId: string) {
  return inTransaction(ctx, async (tx) => {
    const found = await load(tx, voidedId);
    const old = found.receipt;
    if (!old.voidedAt) throw new DomainError('conflict', 'receipt.not_void', 'only a voided receipt is replaced');
    if (!allowsAt(tx.actor.access, RECEIPTS_ISSUE, found.officePath))
      throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${RECEIPTS_ISSUE}`);
    const receipt = await issueReceipt(tx, {
      officeId: old.officeId,
      payer: old.payer,
      items: old.items,
      amountFen: old.amountFen,
      method: old.method,
      orderId: old.orderId,
      paymentId: old.paymentId,
    });
    if (old.paymentId) {
      const replaced = { paymentId: old.paymentId, voidedId: old.id, receiptId: receipt.id };
      await setReceipt(tx.db, tx.actor.tenantId, old.paymentId, receipt.id);
      await replaceDueReceipt(tx.db, tx.actor.tenantId, replaced);
      // the fee desk's and the gate's payments name their receipt: theirs to point to the new one
      await publish(tx, 'receipt.replaced', replaced);
    }
    await tx.audit({
      action: 'receipt.replace',
      entity: 'receipt',
      entityId: voidedId,
      after: { replacedBy: receipt.id, number: receipt.number },
    });
    return present(tx, { receipt, officePath: found.officePath, officeName: found.officeName });
  });
}
