import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantMonth, tenantZone } from '../../platform/tenancy.js';
import { periodBound } from '../../platform/time.js';
import { takeIntoCustody } from '../money/custody.service.js';
import { RECEIPTS_ISSUE } from '../money/money.permissions.js';
import type { PaymentMethod } from '../money/payment-methods.js';
import { issueReceipt } from '../money/receipt.service.js';
import { countBillChanges } from './bill-totals.repo.js';
import * as desk from './desk.repo.js';
import { dueFen, earlierOwed, receiptLine, refuseBills, unitLabel } from './desk.rules.js';
import { loadDeskUnit, planAdvance } from './desk.service.js';
import * as repo from './fee-payment.repo.js';
import { FEES_READ } from './fees.permissions.js';

export interface PayInput {
  unitId: string;
  billIds: string[];
  advanceMonths?: number | undefined;
  method: PaymentMethod;
  amountFen: number;
  payer?: string | undefined;
  /** The clerk was told which earlier months stay owed and takes the later ones anyway. */
  confirmEarlierOwed?: boolean | undefined;
}

const stale = () => new DomainError('conflict', 'bill.already_paid', 'a bill was paid by someone else meanwhile; reload');

/**
 * Takes a payment at the desk in one transaction (A2.3, A2.4.1.1, A2.4.2.5): the unit's open bills chosen and any
 * months paid ahead (billed now from the standard in force), the amount exactly what they are due, the bills marked
 * paid (guarded by version, so two cashiers never both take one), a receipt from the cashier's book, and cash
 * into the cashier's custody until it is handed over and remitted.
 */
export async function payFees(ctx: UseCase, input: PayInput) {
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const unit = await loadDeskUnit(tx, input.unitId);
    authorize(tx.actor.access, RECEIPTS_ISSUE, unit.officePath, 'unit');
    const wanted = [...new Set(input.billIds)];
    const chosen = await desk.billsByIds(tx.db, t, wanted);
    const refusal = refuseBills(unit.id, wanted, chosen);
    if (refusal) throw fieldError(refusal.kind, refusal.code, refusal.field ?? 'billIds', refusal.code);
    const planned = await planAdvance(tx, unit, input.advanceMonths ?? 0);
    if (!wanted.length && !planned.length)
      throw fieldError('unprocessable', 'fee_payment.nothing_to_pay', 'billIds', 'choose a bill or months to pay ahead');
    // a later month before an earlier one of the same item: asked first (the desk names the months), never silent
    const owed = earlierOwed(
      await desk.openBillsOfUnit(tx.db, t, unit.id),
      wanted,
      planned.map((b) => b.itemId),
    );
    if (owed.length && !input.confirmEarlierOwed)
      throw fieldError(
        'conflict',
        'fee_payment.earlier_month_owed',
        'billIds',
        `earlier months stay owed (${owed.map((b) => `${b.itemName} ${b.period}`).join(', ')}): confirm to take the later ones first`,
      );
    const payer = input.payer?.trim() || unit.ownerName || `${unit.estateName} ${unitLabel(unit)}`;
    const advance: desk.DeskBill[] = [];
    for (const b of planned) {
      const id = newId();
      const written = await repo.insertAdvanceBill(
        tx.db,
        t,
        {
          ...b,
          id,
          officeId: unit.officeId,
          estateId: unit.estateId,
          buildingId: unit.buildingId,
          unitId: unit.id,
          areaMilli: unit.areaMilli,
          payerName: unit.ownerName ?? payer,
        },
        tx.now,
      );
      if (!written) throw new DomainError('conflict', 'fee_payment.advance_billed', 'a month asked for was billed meanwhile; reload');
      advance.push({
        id,
        unitId: unit.id,
        itemId: b.itemId,
        itemName: b.itemName,
        period: b.period,
        amountFen: b.amountFen,
        adjustmentFen: 0,
        state: 'open',
        bankBatchId: null,
        paymentId: null,
        paidAt: null,
        version: 1,
      });
    }
    const bills = [...chosen, ...advance];
    const total = bills.reduce((s, b) => s + dueFen(b), 0);
    if (input.amountFen !== total)
      throw fieldError('unprocessable', 'fee_payment.amount_mismatch', 'amountFen', `the bills chosen are due ${total} fen`);
    const paymentId = newId();
    await repo.insertPayment(tx.db, t, {
      id: paymentId,
      officeId: unit.officeId,
      estateId: unit.estateId,
      unitId: unit.id,
      payer,
      method: input.method,
      amountFen: total,
      receiptId: null,
      cashierId: tx.actor.userId,
      cashierName: tx.actor.displayName,
      paidAt: tx.now,
    });
    const paidPeriod = await tenantMonth(tx, tx.now);
    const paid = { id: paymentId, at: tx.now, paidPeriod };
    for (const b of bills) if (!(await repo.markBillPaid(tx.db, t, b, paid))) throw stale();
    const counted = (b: desk.DeskBill) => ({
      officeId: unit.officeId,
      estateId: unit.estateId,
      buildingId: unit.buildingId,
      period: b.period,
      paidPeriod,
      dueFen: dueFen(b),
    });
    await countBillChanges(tx.db, t, [
      ...chosen.map((b) => ({ before: { ...counted(b), paidPeriod: null }, after: counted(b) })),
      ...advance.map((b) => ({ before: null, after: counted(b) })),
    ]);
    const place = unitLabel(unit);
    const receipt = await issueReceipt(tx, {
      officeId: unit.officeId,
      payer,
      items: bills.map((b) => ({ name: receiptLine(b.itemName, b.period, place), amountFen: dueFen(b) })),
      amountFen: total,
      method: input.method,
      orderId: null,
      paymentId,
    });
    await tx.db
      .updateTable('fee_payments')
      .set({ receipt_id: receipt.id })
      .where('tenant_id', '=', t)
      .where('id', '=', paymentId)
      .execute();
    // cash is in the cashier's hands until handed over and remitted (A2.4.2.4), like paid services
    if (input.method === 'cash')
      await takeIntoCustody(tx, { paymentId, orderId: null, officeId: unit.officeId, payer, amountFen: total, receiptId: receipt.id });
    const after = {
      unitId: unit.id,
      unit: `${unit.estateName} ${place}`,
      payer,
      method: input.method,
      amountFen: total,
      receiptNumber: receipt.number,
      bills: bills.map((b) => ({ id: b.id, item: b.itemName, period: b.period, dueFen: dueFen(b) })),
      advanceMonths: input.advanceMonths ?? 0,
      // taken out of order, confirmed by the clerk: the months left owed
      ...(owed.length ? { earlierOwed: owed.map((b) => ({ id: b.id, item: b.itemName, period: b.period })) } : {}),
    };
    await tx.audit({ action: 'fee_payment.create', entity: 'fee_payment', entityId: paymentId, after });
    return getPaymentIn(tx, paymentId);
  });
}

/** A fee payment the caller may read (404 outside their offices, 403 inside without fees.read). */
export async function loadPayment(ctx: UseCase, id: string) {
  const found = await repo.findPayment(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('fee_payment');
  authorize(ctx.actor.access, FEES_READ, found.officePath, 'fee_payment');
  return found;
}

const present = (l: repo.ListedPayment) => ({
  ...l.payment,
  officeName: l.officeName,
  estateName: l.estateName,
  unitLabel: unitLabel(l),
  receiptNumber: l.receiptNumber,
  voidedReceiptNumbers: l.voidedReceiptNumbers,
});

async function getPaymentIn(ctx: UseCase, id: string) {
  const found = await loadPayment(ctx, id);
  const bills = await desk.billsOfPayment(ctx.db, ctx.actor.tenantId, id);
  return {
    ...present(found),
    bills: bills.map((b) => ({ id: b.id, itemName: b.itemName, period: b.period, dueFen: dueFen(b) })),
  };
}

export const getPayment = getPaymentIn;

export interface PaymentListInput {
  from?: string | undefined;
  to?: string | undefined;
  estateId?: string | undefined;
  unitId?: string | undefined;
  method?: string | undefined;
  cashierId?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

/** Fee payments of the caller's offices (dates are business days in the organisation's zone). */
export async function listPayments(ctx: UseCase, f: PaymentListInput & { page: number; pageSize: number }) {
  const scope = scopeOf(ctx.actor.access, FEES_READ);
  const tz = f.from || f.to ? await tenantZone(ctx) : '';
  const { rows, total } = await repo.listPayments(
    ctx.db,
    ctx.actor.tenantId,
    { ...f, scope, from: f.from ? periodBound(f.from, tz, 'from') : undefined, to: f.to ? periodBound(f.to, tz, 'to') : undefined },
    f.page,
    f.pageSize,
  );
  return { items: rows.map(present), total, page: f.page, pageSize: f.pageSize };
}
