import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { publish } from '../../platform/events.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { takeIntoCustody } from './custody.service.js';
import { invoiceDueAt, invoiceOverdue } from './invoice.rules.js';
import { type Invoice, type InvoiceInput, writeInvoice } from './invoice.service.js';
import type {} from './money.events.js';
import { RECEIPTS_ISSUE, RECEIPTS_READ } from './money.permissions.js';
import type { PaymentMethod } from './payment-methods.js';
import { issueReceipt } from './receipt.service.js';
import { mayChargeStatement, mayReadStatement } from './statement.policy.js';
import * as repo from './statement.repo.js';
import { monthBounds, monthOf, refuseStatement, type StatementCommand, statementFinal } from './statement.rules.js';

const label = (s: { month: string; customerName: string }) => `${s.month} ${s.customerName}`;

/**
 * An accepted visit of an agreement paid monthly joins the statement of the month it was accepted in (the
 * organisation's zone), made on the month's first acceptance, inside the acceptance's transaction.
 */
export async function addVisitToStatement(
  tx: Tx,
  o: { id: string; number: string; agreementId: string; officeId: string; customerName: string; totalFen: number; acceptedAt: string },
) {
  const zone = await tenantZone(tx);
  const month = monthOf(businessDate(new Date(o.acceptedAt), zone));
  const bounds = monthBounds(month, zone);
  const s = await repo.claimStatement(tx.db, {
    tenant_id: tx.actor.tenantId,
    id: newId(),
    agreement_id: o.agreementId,
    office_id: o.officeId,
    customer_name: o.customerName,
    month,
    period_start: bounds.start,
    period_end: bounds.end,
    amount_fen: 0,
    visit_count: 0,
    version: 1,
    payment_id: null,
    paid_at: null,
    paid_method: null,
    paid_by_name: null,
    created_at: tx.now,
    updated_at: tx.now,
  });
  // a month's statement is paid only after the month, so a visit accepted in it finds it open
  if (s.paidAt) throw new DomainError('conflict', 'statement.already_paid', `the statement of ${month} is already paid`);
  await repo.addLine(tx.db, tx.actor.tenantId, s, { orderId: o.id, acceptedAt: o.acceptedAt, amountFen: o.totalFen }, tx.now);
  await tx.audit({
    action: 'statement.add_visit',
    entity: 'statement',
    entityId: s.id,
    after: { statement: label(s), orderNumber: o.number, amountFen: o.totalFen, totalFen: s.amountFen + o.totalFen },
  });
}

async function invoicesOf(ctx: UseCase, statementIds: string[]) {
  if (!statementIds.length) return [];
  return ctx.db
    .selectFrom('invoices')
    .selectAll()
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('statement_id', 'in', statementIds)
    .execute();
}

async function receiptsOf(ctx: UseCase, paymentIds: string[]) {
  if (!paymentIds.length) return [];
  return ctx.db
    .selectFrom('receipts')
    .select(['id', 'number', 'payment_id', 'voided_at'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('payment_id', 'in', paymentIds)
    .orderBy('issued_at')
    .execute();
}

/**
 * The monthly statements of an agreement (newest month first): the visits accepted in the month and their
 * amount, the payment with its receipt, the invoice with its deadline (the month's end + `invoiceDeliveryHours`
 * in force at the office), and what the caller may do. The caller has checked that the agreement is theirs to read.
 */
export async function statementsOfAgreement(ctx: UseCase, agreementId: string, officePath: string) {
  if (!mayReadStatement(ctx.actor.access, officePath)) return [];
  const statements = await repo.statementsOf(ctx.db, ctx.actor.tenantId, agreementId);
  if (!statements.length) return [];
  const ids = statements.map((s) => s.id);
  const [lines, invoices, receipts, hours] = await Promise.all([
    repo.linesOf(ctx.db, ctx.actor.tenantId, ids),
    invoicesOf(ctx, ids),
    receiptsOf(
      ctx,
      statements.flatMap((s) => (s.paymentId ? [s.paymentId] : [])),
    ),
    paramAt(ctx, officePath, 'invoiceDeliveryHours'),
  ]);
  const now = ctx.clock.now();
  const charge = mayChargeStatement(ctx.actor.access, officePath);
  return statements.map((s) => {
    const row = invoices.find((i) => i.statement_id === s.id);
    const final = statementFinal(s, now);
    return {
      ...s,
      label: label(s),
      visits: lines.filter((l) => l.statementId === s.id),
      receiptNumber: receipts.filter((r) => r.payment_id === s.paymentId && !r.voided_at).at(-1)?.number ?? null,
      invoice: row ? { id: row.id, number: row.number, invoiceDate: row.invoice_date, deliveredAt: row.delivered_at } : null,
      final,
      dueAt: invoiceDueAt(s.periodEnd, hours),
      invoiceLate: invoiceOverdue({ basisAt: s.periodEnd, deliveredAt: row?.delivered_at ?? null }, hours, now),
      abilities: {
        pay: charge && final && !s.paidAt,
        recordInvoice: charge && final && !row,
        deliverInvoice: charge && Boolean(row && !row.delivered_at),
      },
    };
  });
}

async function loadForCharge(tx: Tx, id: string, command: StatementCommand, amountFen: number) {
  const found = await repo.findStatement(tx.db, tx.actor.tenantId, id);
  if (!found) throw notFound('statement');
  if (!mayReadStatement(tx.actor.access, found.officePath)) authorize(tx.actor.access, RECEIPTS_READ, found.officePath, 'statement');
  authorize(tx.actor.access, RECEIPTS_ISSUE, found.officePath, 'statement');
  const invoiced = await tx.db
    .selectFrom('invoices')
    .select('id')
    .where('tenant_id', '=', tx.actor.tenantId)
    .where('statement_id', '=', id)
    .executeTakeFirst();
  const r = refuseStatement({ ...found.statement, invoiced: Boolean(invoiced) }, command, { amountFen }, new Date(tx.now));
  if (r) {
    if (r.field) throw fieldError(r.kind, r.code, r.field, r.code);
    throw new DomainError(
      r.kind,
      r.code,
      r.code === 'statement.month_open' ? 'the month is not over yet: visits may still join this statement' : r.code,
    );
  }
  return found.statement;
}

/**
 * The cashier takes the month's one payment for the statement's whole amount (A7.4.3): a receipt from their
 * book in the same transaction, the cash in their custody, and every visit of the statement paid.
 */
export async function payStatement(ctx: UseCase, id: string, input: { version: number; amountFen: number; method: PaymentMethod }) {
  await inTransaction(ctx, async (tx) => {
    const s = await loadForCharge(tx, id, 'pay', input.amountFen);
    if (s.version !== input.version)
      throw new DomainError('conflict', 'record.version_conflict', 'the statement was changed by someone else; reload');
    const paymentId = newId();
    const receipt = await issueReceipt(tx, {
      officeId: s.officeId,
      payer: s.customerName,
      items: [{ name: `特约服务 ${s.month}（${s.visitCount}次）`, amountFen: s.amountFen }],
      amountFen: s.amountFen,
      method: input.method,
      orderId: null,
      paymentId,
    });
    // only cash goes into the cashier's hands and on to a remittance; a transfer is in the office's account
    if (input.method === 'cash')
      await takeIntoCustody(tx, {
        paymentId,
        orderId: null,
        officeId: s.officeId,
        payer: s.customerName,
        amountFen: s.amountFen,
        receiptId: receipt.id,
      });
    if (!(await repo.markPaid(tx.db, tx.actor.tenantId, s, { paymentId, at: tx.now, method: input.method, byName: tx.actor.displayName })))
      throw new DomainError('conflict', 'record.version_conflict', 'the statement was changed by someone else; reload');
    const lines = await repo.linesOf(tx.db, tx.actor.tenantId, [s.id]);
    // the visits are the orders module's: it marks them paid, in this transaction
    await publish(tx, 'statement.paid', { statementId: s.id, label: label(s), orderIds: lines.map((l) => l.orderId) });
    await tx.audit({
      action: 'statement.pay',
      entity: 'statement',
      entityId: s.id,
      after: { statement: label(s), amountFen: s.amountFen, method: input.method, receipt: receipt.number, paymentId },
    });
  });
  return getStatement(ctx, id);
}

/** The cashier records the statement's one invoice for its whole amount (A7.4.8), due at the month's end + hours. */
export async function recordStatementInvoice(ctx: UseCase, id: string, input: InvoiceInput): Promise<Invoice> {
  return inTransaction(ctx, async (tx) => {
    const s = await loadForCharge(tx, id, 'record_invoice', input.amountFen);
    return writeInvoice(
      tx,
      { orderId: null, statementId: s.id, officeId: s.officeId, payer: s.customerName, label: label(s), basisAt: s.periodEnd },
      input,
    );
  });
}

/** One statement the caller may read (its history drawer and the answer to a payment). */
export async function getStatement(ctx: UseCase, id: string) {
  const found = await repo.findStatement(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('statement');
  if (!mayReadStatement(ctx.actor.access, found.officePath)) authorize(ctx.actor.access, RECEIPTS_READ, found.officePath, 'statement');
  const all = await statementsOfAgreement(ctx, found.statement.agreementId, found.officePath);
  return all.find((s) => s.id === id)!;
}
