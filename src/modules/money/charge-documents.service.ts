import type { UseCase } from '../../platform/context.js';

/**
 * The receipt and invoice numbers that charge an order, for its printed form (A7.4.8): its own, or — a visit of an
 * agreement paid monthly — those of the statement it is on. The caller has checked that the order is theirs to read.
 */
export async function chargeDocumentsOfOrder(ctx: UseCase, orderId: string) {
  const t = ctx.actor.tenantId;
  const line = await ctx.db
    .selectFrom('statement_orders as l')
    .innerJoin('statements as s', (j) => j.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.statement_id'))
    .select(['s.id', 's.month', 's.payment_id'])
    .where('l.tenant_id', '=', t)
    .where('l.order_id', '=', orderId)
    .executeTakeFirst();
  const receipt = await ctx.db
    .selectFrom('receipts')
    .select('number')
    .where('tenant_id', '=', t)
    .where((w) => (line ? w('payment_id', '=', line.payment_id ?? '') : w('order_id', '=', orderId)))
    .where('voided_at', 'is', null)
    .orderBy('issued_at', 'desc')
    .executeTakeFirst();
  const invoice = await ctx.db
    .selectFrom('invoices')
    .select('number')
    .where('tenant_id', '=', t)
    .where((w) => (line ? w('statement_id', '=', line.id) : w('order_id', '=', orderId)))
    .executeTakeFirst();
  return { receiptNumber: receipt?.number ?? null, invoiceNumber: invoice?.number ?? null, statementMonth: line?.month ?? null };
}
