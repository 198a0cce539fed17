import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { AdvanceBill } from './desk.rules.js';
import type { FeePaymentTable } from './fees.tables.js';

type Db = Kysely<Database>;

export interface FeePayment {
  id: string;
  officeId: string;
  estateId: string;
  unitId: string;
  payer: string;
  method: string;
  amountFen: number;
  receiptId: string | null;
  cashierId: string | null;
  cashierName: string;
  paidAt: string;
}

export async function insertPayment(db: Db, tenantId: string, p: FeePayment) {
  const row: FeePaymentTable = {
    tenant_id: tenantId,
    id: p.id,
    office_id: p.officeId,
    estate_id: p.estateId,
    unit_id: p.unitId,
    payer: p.payer,
    method: p.method,
    amount_fen: p.amountFen,
    receipt_id: p.receiptId,
    bank_batch_id: null,
    cashier_id: p.cashierId,
    cashier_name: p.cashierName,
    paid_at: p.paidAt,
  };
  await db.insertInto('fee_payments').values(row).execute();
}

/**
 * Writes a bill paid ahead, unless the unit's item already has one for the period (the run or another cashier
 * got there first): returns whether it was written.
 */
export async function insertAdvanceBill(
  db: Db,
  tenantId: string,
  b: AdvanceBill & {
    id: string;
    officeId: string;
    estateId: string;
    buildingId: string;
    unitId: string;
    areaMilli: number;
    payerName: string;
  },
  at: string,
): Promise<boolean> {
  const res = await db
    .insertInto('fee_bills')
    .values({
      tenant_id: tenantId,
      id: b.id,
      office_id: b.officeId,
      estate_id: b.estateId,
      building_id: b.buildingId,
      unit_id: b.unitId,
      item_id: b.itemId,
      standard_id: b.standardId,
      period: b.period,
      basis: b.basis,
      rate_fen: b.rateFen,
      area_milli: b.areaMilli,
      days_billed: b.daysBilled,
      days_in_period: b.daysInPeriod,
      amount_fen: b.amountFen,
      adjustment_fen: 0,
      payer_name: b.payerName,
      state: 'open',
      run_id: null,
      bank_batch_id: null,
      payment_id: null,
      paid_at: null,
      paid_period: null,
      created_at: at,
      version: 1,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'item_id', 'period']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/**
 * Marks a bill paid by this payment at `at` (in the business month `paidPeriod`), guarded by its version: false
 * when someone else took it first.
 */
export async function markBillPaid(
  db: Db,
  tenantId: string,
  bill: { id: string; version: number },
  payment: { id: string; at: string; paidPeriod: string },
) {
  const res = await db
    .updateTable('fee_bills')
    .set({ state: 'paid', payment_id: payment.id, paid_at: payment.at, paid_period: payment.paidPeriod, version: bill.version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', bill.id)
    .where('version', '=', bill.version)
    .where('state', '=', 'open')
    .where('bank_batch_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

const withPlace = (db: Db) =>
  db
    .selectFrom('fee_payments as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'p.tenant_id').onRef('e.id', '=', 'p.estate_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.unit_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .leftJoin('receipts as r', (j) => j.onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.id', '=', 'p.receipt_id'))
    .selectAll('p')
    .select([
      'o.path as office_path',
      'o.name as office_name',
      'e.name as estate_name',
      'b.name as building_name',
      'u.entrance',
      'u.room',
      'r.number as receipt_number',
    ]);

type PaymentRow = Awaited<ReturnType<ReturnType<typeof withPlace>['executeTakeFirstOrThrow']>>;
const toListed = (r: PaymentRow) => ({
  payment: {
    id: r.id,
    officeId: r.office_id,
    estateId: r.estate_id,
    unitId: r.unit_id,
    payer: r.payer,
    method: r.method,
    amountFen: Number(r.amount_fen),
    receiptId: r.receipt_id,
    cashierId: r.cashier_id,
    cashierName: r.cashier_name,
    paidAt: r.paid_at,
  } satisfies FeePayment,
  officePath: r.office_path,
  officeName: r.office_name,
  estateName: r.estate_name,
  buildingName: r.building_name,
  entrance: r.entrance,
  room: r.room,
  receiptNumber: r.receipt_number ?? null,
  /** The payment's receipts voided before the one in force (补开), oldest first. */
  voidedReceiptNumbers: [] as string[],
});
export type ListedPayment = ReturnType<typeof toListed>;

/** The listed payments with the numbers of their voided receipts (read-only read of money's receipts). */
async function withVoided(db: Db, tenantId: string, listed: ListedPayment[]): Promise<ListedPayment[]> {
  if (!listed.length) return listed;
  const rows = await db
    .selectFrom('receipts')
    .select(['payment_id', 'number'])
    .where('tenant_id', '=', tenantId)
    .where(
      'payment_id',
      'in',
      listed.map((l) => l.payment.id),
    )
    .where('voided_at', 'is not', null)
    .orderBy('issued_at')
    .orderBy('number')
    .execute();
  for (const l of listed) l.voidedReceiptNumbers = rows.filter((r) => r.payment_id === l.payment.id).map((r) => r.number);
  return listed;
}

export async function findPayment(db: Db, tenantId: string, id: string) {
  const r = await withPlace(db).where('p.tenant_id', '=', tenantId).where('p.id', '=', id).executeTakeFirst();
  return r ? (await withVoided(db, tenantId, [toListed(r)]))[0]! : null;
}

/** A unit's latest fee payments, newest first. */
export async function recentPayments(db: Db, tenantId: string, unitId: string, limit: number) {
  const rows = await withPlace(db)
    .where('p.tenant_id', '=', tenantId)
    .where('p.unit_id', '=', unitId)
    .orderBy('p.paid_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();
  return withVoided(db, tenantId, rows.map(toListed));
}

export interface PaymentFilter {
  scope: readonly string[];
  from?: string | undefined;
  to?: string | undefined;
  estateId?: string | undefined;
  unitId?: string | undefined;
  method?: string | undefined;
  cashierId?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

const SORT = { paidAt: 'p.paid_at', amount: 'p.amount_fen' } as const;

export async function listPayments(db: Db, tenantId: string, f: PaymentFilter, page: number, pageSize: number) {
  let q = withPlace(db).where('p.tenant_id', '=', tenantId).where(pathWithin('o.path', f.scope));
  if (f.from) q = q.where('p.paid_at', '>=', f.from);
  if (f.to) q = q.where('p.paid_at', '<', f.to);
  if (f.estateId) q = q.where('p.estate_id', '=', f.estateId);
  if (f.unitId) q = q.where('p.unit_id', '=', f.unitId);
  if (f.method) q = q.where('p.method', '=', f.method);
  if (f.cashierId) q = q.where('p.cashier_id', '=', f.cashierId);
  if (f.q) q = q.where(containsText(['p.payer', 'u.room', 'b.name', 'r.number'], f.q));
  const s = parseSort(f.sort, '-paidAt');
  const ordered = q.orderBy(SORT[s.field as keyof typeof SORT] ?? 'p.paid_at', s.direction).orderBy('p.id', s.direction);
  const { rows, total } = await fetchPage(ordered, page, pageSize);
  return { rows: await withVoided(db, tenantId, rows.map(toListed)), total };
}

/**
 * The desk's payments in an office subtree and period, for the reconciliation (bank-collected lines have no receipt
 * and no cash: the bank batch reconciles them). Named by payer, the way the cashier finds them.
 */
export async function deskPaymentsIn(db: Db, tenantId: string, q: { officePath: string; from: string; to: string }) {
  const rows = await db
    .selectFrom('fee_payments as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.office_id'))
    .select(['p.id', 'p.payer', 'p.method', 'p.amount_fen'])
    .where('p.tenant_id', '=', tenantId)
    .where(pathWithin('n.path', [q.officePath]))
    .where('p.bank_batch_id', 'is', null)
    .where('p.paid_at', '>=', q.from)
    .where('p.paid_at', '<', q.to)
    .execute();
  return rows.map((r) => ({ id: r.id, ref: r.payer, amountFen: Number(r.amount_fen), cash: r.method === 'cash' }));
}

/** A fee payment's receipt was voided and replaced (补开): the payment names the new one. */
export async function replaceReceipt(db: Db, tenantId: string, r: { paymentId: string; voidedId: string; receiptId: string }) {
  await db
    .updateTable('fee_payments')
    .set({ receipt_id: r.receiptId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', r.paymentId)
    .where('receipt_id', '=', r.voidedId)
    .execute();
}
