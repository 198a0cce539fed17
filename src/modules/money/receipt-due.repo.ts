import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { ReceiptDueTable } from './money.tables.js';
import type { ReceiptItem } from './receipt-book.types.js';
import { withLineKey } from './receipt-items.rules.js';

type Db = Kysely<Database>;

/** A payment taken by someone who writes no receipts, with what its receipt will say. */
export interface ReceiptDue {
  paymentId: string;
  orderId: string | null;
  officeId: string;
  ref: string;
  payer: string;
  items: ReceiptItem[];
  amountFen: number;
  method: string;
  collectedBy: string;
  collectedByName: string;
  collectedAt: string;
  receiptId: string | null;
}

const toDue = (r: Selectable<ReceiptDueTable>): ReceiptDue => ({
  paymentId: r.payment_id,
  orderId: r.order_id,
  officeId: r.office_id,
  ref: r.ref,
  payer: r.payer,
  items: (JSON.parse(r.items_json) as ReceiptItem[]).map(withLineKey),
  amountFen: Number(r.amount_fen),
  method: r.method,
  collectedBy: r.collected_by,
  collectedByName: r.collected_by_name,
  collectedAt: r.collected_at,
  receiptId: r.receipt_id,
});

export async function insertDue(db: Db, tenantId: string, d: ReceiptDue) {
  await db
    .insertInto('receipts_due')
    .values({
      tenant_id: tenantId,
      payment_id: d.paymentId,
      order_id: d.orderId,
      office_id: d.officeId,
      ref: d.ref,
      payer: d.payer,
      items_json: JSON.stringify(d.items),
      amount_fen: d.amountFen,
      method: d.method,
      collected_by: d.collectedBy,
      collected_by_name: d.collectedByName,
      collected_at: d.collectedAt,
      receipt_id: d.receiptId,
    })
    .execute();
}

export async function dueByPayment(db: Db, tenantId: string, paymentIds: readonly string[]): Promise<ReceiptDue[]> {
  if (!paymentIds.length) return [];
  return (
    await db.selectFrom('receipts_due').selectAll().where('tenant_id', '=', tenantId).where('payment_id', 'in', paymentIds).execute()
  ).map(toDue);
}

/** A due payment with its office's path and name (for the scope check and the list). */
export async function findDue(db: Db, tenantId: string, paymentId: string) {
  const r = await db
    .selectFrom('receipts_due as d')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.office_id'))
    .selectAll('d')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.payment_id', '=', paymentId)
    .executeTakeFirst();
  return r && { due: toDue(r), officePath: r.office_path, officeName: r.office_name };
}

/**
 * Payments in the offices (paths) still waiting for their receipt that no hand-over brings to a cashier: money paid
 * into the office's account (WeChat, a transfer, a card), oldest first. Field cash gets its receipt when a cashier
 * receives it.
 */
export async function waitingNotCash(db: Db, tenantId: string, scope: readonly string[]) {
  if (!scope.length) return [];
  const rows = await db
    .selectFrom('receipts_due as d')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.office_id'))
    .selectAll('d')
    .select('o.name as office_name')
    .where('d.tenant_id', '=', tenantId)
    .where('d.receipt_id', 'is', null)
    .where('d.method', '!=', 'cash')
    .where(pathWithin('o.path', scope))
    .orderBy('d.collected_at')
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...toDue(r), officeName: r.office_name }));
}

/** The receipt written for a due payment (false when another cashier wrote it meanwhile). */
export async function markReceipted(db: Db, tenantId: string, paymentId: string, receiptId: string) {
  const res = await db
    .updateTable('receipts_due')
    .set({ receipt_id: receiptId })
    .where('tenant_id', '=', tenantId)
    .where('payment_id', '=', paymentId)
    .where('receipt_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** How many field payments into the office's account wait for their receipt in the offices, and how much. */
export async function countWaitingNotCash(db: Db, tenantId: string, scope: readonly string[]) {
  if (!scope.length) return { count: 0, fen: 0 };
  const r = await db
    .selectFrom('receipts_due as d')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.office_id'))
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.coalesce(eb.fn.sum<number | string>('d.amount_fen'), eb.lit(0)).as('fen')])
    .where('d.tenant_id', '=', tenantId)
    .where('d.receipt_id', 'is', null)
    .where('d.method', '!=', 'cash')
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), fen: Number(r?.fen ?? 0) };
}

/**
 * A payment's receipt as its order's page tells it: the receipt in force (number, when written), or `awaiting` while
 * the payment was taken without one and no cashier has written it yet. Null otherwise (its receipt voided and not yet
 * replaced: the receipts list says so).
 */
export async function receiptOfPayment(db: Db, tenantId: string, paymentId: string) {
  const inForce = await db
    .selectFrom('receipts')
    .select(['number', 'issued_at'])
    .where('tenant_id', '=', tenantId)
    .where('payment_id', '=', paymentId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  if (inForce) return { state: 'written' as const, number: inForce.number, issuedAt: inForce.issued_at };
  const due = await db
    .selectFrom('receipts_due')
    .select('receipt_id')
    .where('tenant_id', '=', tenantId)
    .where('payment_id', '=', paymentId)
    .executeTakeFirst();
  return due && due.receipt_id === null ? { state: 'awaiting' as const, number: null, issuedAt: null } : null;
}

/** A due payment's receipt was voided and replaced (补开): it names the new one. */
export async function replaceDueReceipt(db: Db, tenantId: string, r: { paymentId: string; voidedId: string; receiptId: string }) {
  await db
    .updateTable('receipts_due')
    .set({ receipt_id: r.receiptId })
    .where('tenant_id', '=', tenantId)
    .where('payment_id', '=', r.paymentId)
    .where('receipt_id', '=', r.voidedId)
    .execute();
}
