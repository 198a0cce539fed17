import type { Selectable } from 'kysely';
import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { businessDate } from '../orders/order.rules.js';
import { loadOrder } from '../orders/order.service.js';
import { orgPathOf } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { tenantZone } from '../tenants/tenant.service.js';
import { manualInvoiceIssuer } from './invoice.issuer.js';
import { RECEIPTS_ISSUE, RECEIPTS_READ } from './money.permissions.js';
import type { InvoiceTable } from './money.tables.js';

const toInvoice = (r: Selectable<InvoiceTable>) => ({
  id: r.id,
  orderId: r.order_id,
  officeId: r.office_id,
  number: r.number,
  kind: r.kind,
  invoiceDate: r.invoice_date,
  amountFen: Number(r.amount_fen),
  issuedBy: r.issued_by,
  issuedAt: r.issued_at,
  deliveredAt: r.delivered_at,
  deliveredBy: r.delivered_by,
  deliveryNote: r.delivery_note,
});
export type Invoice = ReturnType<typeof toInvoice>;

/**
 * The cashier confirms the amount against the order, records the invoice's number, date and kind,
 * and it is written onto the order (A7.4.8).
 */
export async function recordInvoice(
  ctx: UseCase,
  orderId: string,
  input: { number: string; date: string; kind: Invoice['kind']; amountFen: number },
) {
  return inTransaction(ctx, async (tx) => {
    const { order, officePath } = await loadOrder(tx, orderId);
    authorize(tx.actor.access, RECEIPTS_ISSUE, officePath, 'order');
    if (!order.acceptedAt || order.state === 'cancelled')
      throw new DomainError('conflict', 'invoice.order_not_accepted', 'invoice an order after the owner accepted it');
    if (input.amountFen !== order.totalFen)
      throw fieldError('unprocessable', 'invoice.amount_mismatch', 'amountFen', 'the invoice amount must equal the order total');
    if (input.date > businessDate(new Date(tx.now), await tenantZone(tx)))
      throw fieldError('unprocessable', 'invoice.date_future', 'date', 'the invoice date cannot be after today');
    // the unique indexes are the last guard (a concurrent recording, modules/unique-rules.ts) with the same codes
    const taken = await tx.db
      .selectFrom('invoices')
      .select(['order_id', 'number'])
      .where('tenant_id', '=', tx.actor.tenantId)
      .where((w) => w.or([w('order_id', '=', orderId), w('number', '=', input.number)]))
      .execute();
    if (taken.some((r) => r.order_id === orderId)) throw new DomainError('conflict', 'invoice.exists', 'this order already has an invoice');
    if (taken.length) throw fieldError('conflict', 'invoice.number_taken', 'number', 'this invoice number is recorded on another order');
    const issued = await manualInvoiceIssuer.issue({
      orderNumber: order.number,
      payer: order.customerName,
      amountFen: order.totalFen,
      number: input.number,
      date: input.date,
    });
    const invoice: Invoice = {
      id: newId(),
      orderId,
      officeId: order.officeId,
      number: issued.number,
      kind: input.kind,
      invoiceDate: issued.date,
      amountFen: input.amountFen,
      issuedBy: tx.actor.displayName,
      issuedAt: tx.now,
      deliveredAt: null,
      deliveredBy: null,
      deliveryNote: null,
    };
    await tx.db
      .insertInto('invoices')
      .values({
        tenant_id: tx.actor.tenantId,
        id: invoice.id,
        order_id: orderId,
        office_id: invoice.officeId,
        number: invoice.number,
        kind: invoice.kind,
        invoice_date: invoice.invoiceDate,
        amount_fen: invoice.amountFen,
        issued_by: invoice.issuedBy,
        issued_at: invoice.issuedAt,
        delivered_at: null,
        delivered_by: null,
        delivery_note: null,
      })
      .execute();
    // the history names the order by its number (the reader knows it), not by its id
    const { orderId: _, ...recorded } = invoice;
    await tx.audit({
      action: 'invoice.record',
      entity: 'invoice',
      entityId: invoice.id,
      after: { orderNumber: order.number, ...recorded },
    });
    return invoice;
  });
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
    await tx.db
      .updateTable('invoices')
      .set({ delivered_at: tx.now, delivered_by: tx.actor.displayName, delivery_note: note ?? null })
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
  await loadOrder(ctx, row.order_id);
  return toInvoice(row);
}

/** The invoice of an order the caller may read, if one was recorded. */
export async function invoiceOfOrder(ctx: UseCase, orderId: string): Promise<Invoice | null> {
  await loadOrder(ctx, orderId);
  const row = await ctx.db
    .selectFrom('invoices')
    .selectAll()
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return row ? toInvoice(row) : null;
}

/**
 * Orders accepted more than `invoiceDeliveryHours` ago whose invoice has not reached the owner
 * (A7.4.8), in the caller's offices; the hours are the parameter in force at each office.
 */
export async function lateInvoices(ctx: UseCase) {
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
    .where('i.delivered_at', 'is', null)
    .where(pathWithin('n.path', scope))
    .orderBy('o.accepted_at')
    .limit(1000)
    .execute();
  const now = ctx.clock.now().getTime();
  const hoursAt = new Map<string, number>();
  const late = [];
  for (const r of rows) {
    if (!hoursAt.has(r.path)) hoursAt.set(r.path, await paramAt(ctx, r.path, 'invoiceDeliveryHours'));
    const due = Date.parse(r.accepted_at!) + hoursAt.get(r.path)! * 3_600_000;
    if (now > due)
      late.push({
        orderId: r.id,
        orderNumber: r.number,
        customerName: r.customer_name,
        officeName: r.office_name,
        acceptedAt: r.accepted_at!,
        dueAt: new Date(due).toISOString(),
        invoiceNumber: r.invoice_number,
      });
  }
  return late;
}
