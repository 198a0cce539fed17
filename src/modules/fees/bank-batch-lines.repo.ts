/**
 * The lines of a direct-debit batch and the bills behind them: the bills a new batch collects, its lines written and
 * its bills locked into it, the lines read back for the file and the page, and a return file's outcome per line —
 * a paid line settles its bill with a bank payment, a failed one lets its bill go back to the desk.
 */
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { isPostgres } from '../../platform/db/dialect.js';
import type { Database } from '../../platform/db/schema.js';
import type { BankLineState } from './fee.types.js';
import type { FeeBillTable } from './fees.tables.js';

type Db = Kysely<Database>;

/** Adjustments of a bill still awaiting the office head's decision (a subquery on the bill row `f`). */
const pendingAdjustments = (eb: ExpressionBuilder<Database & { f: FeeBillTable }, 'f'>) =>
  eb
    .selectFrom('fee_adjustments as a')
    .whereRef('a.tenant_id', '=', 'f.tenant_id')
    .whereRef('a.bill_id', '=', 'f.id')
    .where('a.state', '=', 'pending');

/**
 * Holds the rows of the estate's bills a batch of `period` could take (open, of `period` or before, in no batch) until
 * the transaction ends, in the order of their ids (two exports at once lock alike and never deadlock). PostgreSQL only:
 * SQLite runs one writer at a time. An adjustment asked for meanwhile locks its bill first: the export waits for it
 * and then reads it as held out, or it waits for the export and then finds the bill in the batch.
 */
export async function lockOpenBills(db: Db, tenantId: string, estateId: string, period: string): Promise<void> {
  if (!isPostgres(db)) return;
  await db
    .selectFrom('fee_bills')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('state', '=', 'open')
    .where('bank_batch_id', 'is', null)
    .where('period', '<=', period)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/**
 * The bills a batch of `period` may collect: open, something due (amount + adjustment > 0), of `period` or before, of
 * units with an active mandate, not in a batch already — by building, entrance, room, then month; each with its
 * adjustments awaiting approval (`heldOutForAdjustment` decides which of them the batch leaves out).
 */
export async function collectableBills(db: Db, tenantId: string, estateId: string, period: string) {
  const rows = await db
    .selectFrom('fee_bills as f')
    .innerJoin('bank_mandates as m', (j) =>
      j.onRef('m.tenant_id', '=', 'f.tenant_id').onRef('m.unit_id', '=', 'f.unit_id').on('m.state', '=', 'active'),
    )
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'f.tenant_id').onRef('u.id', '=', 'f.unit_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 'f.tenant_id').onRef('i.id', '=', 'f.item_id'))
    .select(['f.id', 'f.unit_id', 'f.period', 'f.amount_fen', 'f.adjustment_fen', 'm.id as mandate_id'])
    .select(['b.name as building', 'u.entrance', 'u.room', 'i.name as item_name'])
    .select((eb) => [
      pendingAdjustments(eb)
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('pending_count'),
      pendingAdjustments(eb)
        .select((x) => x.fn.sum<number>('a.amount_fen').as('fen'))
        .as('pending_fen'),
    ])
    .where('f.tenant_id', '=', tenantId)
    .where('f.estate_id', '=', estateId)
    .where('f.state', '=', 'open')
    .where('f.bank_batch_id', 'is', null)
    .where('f.period', '<=', period)
    .where(sql<boolean>`f.amount_fen + f.adjustment_fen > 0`)
    .orderBy('b.name')
    .orderBy('u.entrance')
    .orderBy('u.room')
    .orderBy('f.period')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    billId: r.id,
    unitId: r.unit_id,
    mandateId: r.mandate_id,
    amountFen: Number(r.amount_fen) + Number(r.adjustment_fen),
    period: r.period,
    building: r.building,
    entrance: r.entrance,
    room: r.room,
    itemName: r.item_name,
    pendingAdjustments: Number(r.pending_count ?? 0),
    pendingAdjustmentFen: Number(r.pending_fen ?? 0),
  }));
}
export type CollectableBill = Awaited<ReturnType<typeof collectableBills>>[number];

export interface NewLine {
  lineNo: number;
  billId: string;
  unitId: string;
  mandateId: string;
  amountFen: number;
}

export async function insertLines(db: Db, tenantId: string, batchId: string, lines: readonly NewLine[]): Promise<void> {
  for (let i = 0; i < lines.length; i += 200)
    await db
      .insertInto('bank_batch_lines')
      .values(
        lines.slice(i, i + 200).map((l) => ({
          tenant_id: tenantId,
          batch_id: batchId,
          line_no: l.lineNo,
          bill_id: l.billId,
          unit_id: l.unitId,
          mandate_id: l.mandateId,
          amount_fen: l.amountFen,
          state: 'pending' as const,
          fail_reason: null,
          payment_id: null,
        })),
      )
      .execute();
}

/**
 * Marks open bills as in the batch (the desk refuses them meanwhile, and so do adjustments); returns how many it
 * marked. A bill whose adjustment was asked for since it was read is not marked: the bank would be asked too much.
 * On PostgreSQL the rows are locked by a statement of their own first, so the marking statement, which begins after,
 * sees every adjustment committed before the lock was had (an `update` waiting for a row does not read again what its
 * condition reads of other tables).
 */
export async function lockBills(db: Db, tenantId: string, batchId: string, billIds: readonly string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < billIds.length; i += 200) {
    if (isPostgres(db))
      await db
        .selectFrom('fee_bills')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('id', 'in', billIds.slice(i, i + 200))
        .orderBy('id')
        .forUpdate()
        .execute();
    const res = await db
      .updateTable('fee_bills as f')
      .set({ bank_batch_id: batchId, version: sql`version + 1` })
      .where('f.tenant_id', '=', tenantId)
      .where('f.id', 'in', billIds.slice(i, i + 200))
      .where('f.state', '=', 'open')
      .where('f.bank_batch_id', 'is', null)
      .where((eb) => eb.not(eb.exists(pendingAdjustments(eb).select('a.id'))))
      .executeTakeFirst();
    n += Number(res.numUpdatedRows);
  }
  return n;
}

/** A batch's lines in order, with what the file and the page show of each (mandate, unit, bill). */
export async function batchLines(db: Db, tenantId: string, batchId: string) {
  const rows = await db
    .selectFrom('bank_batch_lines as l')
    .innerJoin('bank_mandates as m', (j) => j.onRef('m.tenant_id', '=', 'l.tenant_id').onRef('m.id', '=', 'l.mandate_id'))
    .innerJoin('fee_bills as f', (j) => j.onRef('f.tenant_id', '=', 'l.tenant_id').onRef('f.id', '=', 'l.bill_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.unit_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .select([
      'l.line_no',
      'l.bill_id',
      'l.unit_id',
      'l.amount_fen',
      'l.state',
      'l.fail_reason',
      'l.payment_id',
      'm.mandate_no',
      'm.account_holder',
      'm.account_no_masked',
      'm.bank_name',
      'f.period',
      'f.payer_name',
      'f.office_id',
      'f.estate_id',
      'b.name as building',
      'u.entrance',
      'u.room',
    ])
    .where('l.tenant_id', '=', tenantId)
    .where('l.batch_id', '=', batchId)
    .orderBy('l.line_no')
    .execute();
  return rows.map((r) => ({
    lineNo: Number(r.line_no),
    billId: r.bill_id,
    unitId: r.unit_id,
    amountFen: Number(r.amount_fen),
    state: r.state as BankLineState,
    failReason: r.fail_reason,
    paymentId: r.payment_id,
    mandateNo: r.mandate_no,
    accountHolder: r.account_holder,
    accountNoMasked: r.account_no_masked,
    bankName: r.bank_name,
    period: r.period,
    payerName: r.payer_name,
    officeId: r.office_id,
    estateId: r.estate_id,
    building: r.building,
    entrance: r.entrance,
    room: r.room,
  }));
}
export type BatchLine = Awaited<ReturnType<typeof batchLines>>[number];

export interface BankPayment {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  unitId: string;
  payer: string;
  amountFen: number;
  batchId: string;
  cashierId: string | null;
  cashierName: string;
  paidAt: string;
  /** The business month of `paidAt` in the tenant's zone. */
  paidPeriod: string;
}

/** A paid line: the payment (method bank_collection, no receipt), the bill paid and out of the batch, the line paid. */
export async function settleLine(db: Db, p: BankPayment, billId: string, lineNo: number): Promise<boolean> {
  await db
    .insertInto('fee_payments')
    .values({
      tenant_id: p.tenantId,
      id: p.id,
      office_id: p.officeId,
      estate_id: p.estateId,
      unit_id: p.unitId,
      payer: p.payer,
      method: 'bank_collection',
      amount_fen: p.amountFen,
      receipt_id: null,
      bank_batch_id: p.batchId,
      cashier_id: p.cashierId,
      cashier_name: p.cashierName,
      paid_at: p.paidAt,
    })
    .execute();
  const bill = await db
    .updateTable('fee_bills')
    .set({
      state: 'paid',
      payment_id: p.id,
      paid_at: p.paidAt,
      paid_period: p.paidPeriod,
      bank_batch_id: null,
      version: sql`version + 1`,
    })
    .where('tenant_id', '=', p.tenantId)
    .where('id', '=', billId)
    .where('state', '=', 'open')
    .where('bank_batch_id', '=', p.batchId)
    .executeTakeFirst();
  if (Number(bill.numUpdatedRows) !== 1) return false;
  await setLine(db, p.tenantId, p.batchId, lineNo, { state: 'paid', fail_reason: null, payment_id: p.id });
  return true;
}

/** A failed line: the line failed with the bank's reason, its bill out of the batch (back to the desk and arrears). */
export async function failLine(db: Db, tenantId: string, batchId: string, billId: string, lineNo: number, reason: string) {
  await db
    .updateTable('fee_bills')
    .set({ bank_batch_id: null, version: sql`version + 1` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', billId)
    .where('bank_batch_id', '=', batchId)
    .execute();
  await setLine(db, tenantId, batchId, lineNo, { state: 'failed', fail_reason: reason, payment_id: null });
}

async function setLine(
  db: Db,
  tenantId: string,
  batchId: string,
  lineNo: number,
  v: { state: BankLineState; fail_reason: string | null; payment_id: string | null },
) {
  await db
    .updateTable('bank_batch_lines')
    .set(v)
    .where('tenant_id', '=', tenantId)
    .where('batch_id', '=', batchId)
    .where('line_no', '=', lineNo)
    .where('state', '=', 'pending')
    .execute();
}
