import type { Selectable } from 'kysely';
import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { readRecord } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { orgPathOf } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { manualInvoiceIssuer } from './invoice.issuer.js';
import { deliveryDelayMs, invoiceDueAt, invoiceOverdue } from './invoice.rules.js';
import { RECEIPTS_ISSUE, RECEIPTS_READ } from './money.permissions.js';
import type { InvoiceTable } from './money.tables.js';
import { mayReadStatement } from './statement.policy.js';

const toInvoice = (r: Selectable<InvoiceTable>) => ({
  id: r.id,
  orderId: r.order_id,
  statementId: r.statement_id,
  officeId: r.office_id,
  number: r.number,
  kind: r.kind,
  invoiceDate: r.invoice_date,
  amountFen: Number(r.amount_fen),
  issuedBy: r.issued_by,
  issuedAt: r.issued_at,
  /** When its delivery deadline started to run: the order's acceptance, or the statement's month end. */
  basisAt: r.basis_at,
  deliveredAt: r.delivered_at,
  deliveredBy: r.delivered_by,
  deliveryNote: r.delivery_note,
});
export type Invoice = ReturnType<typeof toInvoice>;

export interface InvoiceInput {
  number: string;
  date: string;
  kind: Invoice['kind'];
  amountFen: number;
}

/** What an invoice is for: an order on its own, or a monthly statement; both name their payer and deadline basis. */
export interface InvoiceSubject {
  orderId: string | null;
  statementId: string | null;
  officeId: string;
  payer: string;
  /** How the history and the issuer name it: the order number, or the statement's label. */
  label: string;
  basisAt: string;
}

/**
 * Writes an invoice once its subject's own checks passed (inside the caller's transaction): a date not after
 * today, a number used nowhere else, then the issuer and the row, audited as its own record.
 */
export async function writeInvoice(
  tx: Tx,
  subject: InvoiceSubject,
  input: InvoiceInput,
  /** Written in the payer's presence and handed over there (a GPS technician on site, A4.4.9): delivered as written. */
  handedOver = false,
): Promise<Invoice> {
  if (input.date > businessDate(new Date(tx.now), await tenantZone(tx)))
    throw fieldError('unprocessable', 'invoice.date_future', 'date', 'the invoice date cannot be after today');
  // the unique indexes are the last guard (a concurrent recording); this check says which rule was met
  const taken = await tx.db
    .selectFrom('invoices')
    .select('id')
    .where('tenant_id', '=', tx.actor.tenantId)
    .where('number', '=', input.number)
    .executeTakeFirst();
  if (taken)
    throw fieldError('conflict', 'invoice.number_taken', 'number', 'this invoice number is recorded on another order or statement');
  const issued = await manualInvoiceIssuer.issue({
    orderNumber: subject.label,
    payer: subject.payer,
    amountFen: input.amountFen,
    number: input.number,
    date: input.date,
  });
  const row: InvoiceTable = {
    tenant_id: tx.actor.tenantId,
    id: newId(),
    order_id: subject.orderId,
    statement_id: subject.statementId,
    office_id: subject.officeId,
    number: issued.number,
    kind: input.kind,
    invoice_date: issued.date,
    amount_fen: input.amountFen,
    issued_by: tx.actor.displayName,
    issued_at: tx.now,
    delivered_at: handedOver ? tx.now : null,
    delivered_by: handedOver ? tx.actor.displayName : null,
    delivery_note: null,
    basis_at: subject.basisAt,
    delivery_delay_ms: handedOver ? deliveryDelayMs(subject.basisAt, tx.now) : null,
  };
  // a concurrent recording meets the unique indexes, answered from modules/unique-rules.ts
  await tx.db.insertInto('invoices').values(row).execute();
  const invoice = toInvoice(row);
  // the history names the order or statement by its label (the reader knows it), not by its id
  const { orderId: _o, statementId: _s, ...recorded } = invoice;
  await tx.audit({
    action: 'invoice.record',
    entity: 'invoice',
    entityId: invoice.id,
    after: subject.orderId ? { orderNumber: subject.label, ...recorded } : { statement: subject.label, ...recorded },
  });
  return invoice;
}

/** The invoice recorded on an order, if any (the orders module checks the caller may read the order). */
export async function findOrderInvoice(ctx: UseCase, orderId: string): Promise<Invoice | null> {
  const row = await ctx.db
    .selectFrom('invoices')
    .selectAll()
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return row ? toInvoice(row) : null;
}

/** The invoice reached the owner (handed over, posted, or sent). */
export async function deliverInvoice(ctx: UseCase, id: string, note: string | undefined) {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('invoices')
      .selectAll()
      .where('tenant_id', '=', tx.actor.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('invoice');
    authorize(tx.actor.access, RECEIPTS_ISSUE, await orgPathOf(tx, row.office_id), 'invoice');
    if (row.delivered_at) throw new DomainError('conflict', 'invoice.already_delivered', 'this invoice was already delivered');
    // the delay is a fact of the delivery: lateness is judged on it, in any period, ever after
    const delay = deliveryDelayMs(row.basis_at, tx.now);
    await tx.db
      .updateTable('invoices')
      .set({ delivered_at: tx.now, delivered_by: tx.actor.displayName, delivery_note: note ?? null, delivery_delay_ms: delay })
      .where('tenant_id', '=', tx.actor.tenantId)
      .where('id', '=', id)
      .execute();
    const delivery = { deliveredAt: tx.now, deliveredBy: tx.actor.displayName, deliveryNote: note ?? null };
    await tx.audit({ action: 'invoice.deliver', entity: 'invoice', entityId: id, after: delivery });
    return { ...toInvoice(row), ...delivery };
  });
}

/** One invoice, to whoever may read its order (the history drawer's check). */
export async function getInvoice(ctx: UseCase, id: string): Promise<Invoice> {
  const row = await ctx.db
    .selectFrom('invoices')
    .selectAll()
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('invoice');
  if (row.order_id) await readRecord(ctx, 'order', row.order_id);
  else {
    const path = await orgPathOf(ctx, row.office_id);
    if (!mayReadStatement(ctx.actor.access, path)) authorize(ctx.actor.access, RECEIPTS_READ, path, 'invoice');
  }
  return toInvoice(row);
}

/**
 * Orders accepted more than `invoiceDeliveryHours` ago whose invoice has not reached the owner
 * (A7.4.8), in the caller's offices; the hours are the parameter in force at each office.
 */
export async function lateInvoices(ctx: UseCase, within?: string) {
  const scope = scopeOf(ctx.actor.access, RECEIPTS_READ);
  if (!scope.length) return [];
  const rows = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.office_id'))
    .leftJoin('invoices as i', (j) => j.onRef('i.tenant_id', '=', 'o.tenant_id').onRef('i.order_id', '=', 'o.id'))
    .select([
      'o.id',
      'o.number',
      'o.customer_name',
      'o.accepted_at',
      'o.office_id',
      'n.path',
      'n.name as office_name',
      'i.number as invoice_number',
    ])
    .where('o.tenant_id', '=', ctx.actor.tenantId)
    .where('o.accepted_at', 'is not', null)
    .where('o.state', '!=', 'cancelled')
    .where('o.billing', '=', 'per_order')
    .where('i.delivered_at', 'is', null)
    .where(pathWithin('n.path', scope))
    .$if(within !== undefined, (q) => q.where(pathWithin('n.path', [within!])))
    .orderBy('o.accepted_at')
    .limit(1000)
    .execute();
  const now = ctx.clock.now();
  const hoursAt = new Map<string, number>();
  const late = [];
  for (const r of rows) {
    if (!hoursAt.has(r.path)) hoursAt.set(r.path, await paramAt(ctx, r.path, 'invoiceDeliveryHours'));
    const hours = hoursAt.get(r.path)!;
    if (invoiceOverdue({ basisAt: r.accepted_at!, deliveredAt: null }, hours, now))
      late.push({
        orderId: r.id,
        orderNumber: r.number,
        customerName: r.customer_name,
        officeName: r.office_name,
        acceptedAt: r.accepted_at!,
        dueAt: invoiceDueAt(r.accepted_at!, hours),
        invoiceNumber: r.invoice_number,
      });
  }
  return late;
}
