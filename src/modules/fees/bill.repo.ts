import type { Kysely, Selectable } from 'kysely';
import { isPostgres } from '../../platform/db/dialect.js';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { AdjustmentState, BillState } from './fee.types.js';
import type { FeeAdjustmentTable, FeeBillTable } from './fees.tables.js';

type Db = Kysely<Database>;

export interface BillFilter {
  scope: readonly string[];
  officePath?: string | undefined;
  estateId?: string | undefined;
  buildingId?: string | undefined;
  unitId?: string | undefined;
  period?: string | undefined;
  state?: BillState | undefined;
  /** Only bills with an adjustment waiting for the office head. */
  adjustment?: 'pending' | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const billsJoined = (db: Db) =>
  db
    .selectFrom('fee_bills as b')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'b.tenant_id').onRef('o.id', '=', 'b.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'b.tenant_id').onRef('e.id', '=', 'b.estate_id'))
    .innerJoin('estate_buildings as bd', (j) => j.onRef('bd.tenant_id', '=', 'b.tenant_id').onRef('bd.id', '=', 'b.building_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'b.tenant_id').onRef('u.id', '=', 'b.unit_id'))
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 'b.tenant_id').onRef('i.id', '=', 'b.item_id'));

const selectBill = (db: Db) =>
  billsJoined(db)
    .selectAll('b')
    .select([
      'o.path as office_path',
      'o.name as office_name',
      'e.name as estate_name',
      'bd.name as building_name',
      'u.entrance',
      'u.room',
      'i.name as item_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('fee_adjustments as a')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('a.tenant_id', '=', 'b.tenant_id')
        .whereRef('a.bill_id', '=', 'b.id')
        .where('a.state', '=', 'pending')
        .as('pending_adjustments'),
    );

type BillRow = Selectable<FeeBillTable> & {
  office_path: string;
  office_name: string;
  estate_name: string;
  building_name: string;
  entrance: string;
  room: string;
  item_name: string;
  pending_adjustments: number | string | null;
};

export const toBill = (r: BillRow) => ({
  id: r.id,
  officeId: r.office_id,
  officeName: r.office_name,
  estateId: r.estate_id,
  estateName: r.estate_name,
  buildingId: r.building_id,
  buildingName: r.building_name,
  unitId: r.unit_id,
  entrance: r.entrance,
  room: r.room,
  itemId: r.item_id,
  itemName: r.item_name,
  standardId: r.standard_id,
  period: r.period,
  basis: r.basis,
  rateFen: Number(r.rate_fen),
  areaMilli: Number(r.area_milli),
  daysBilled: Number(r.days_billed),
  daysInPeriod: Number(r.days_in_period),
  amountFen: Number(r.amount_fen),
  adjustmentFen: Number(r.adjustment_fen),
  dueFen: Number(r.amount_fen) + Number(r.adjustment_fen),
  payerName: r.payer_name,
  state: r.state,
  runId: r.run_id,
  bankBatchId: r.bank_batch_id,
  paymentId: r.payment_id,
  paidAt: r.paid_at,
  paidPeriod: r.paid_period,
  createdAt: r.created_at,
  pendingAdjustments: Number(r.pending_adjustments ?? 0),
  version: Number(r.version),
});
export type Bill = ReturnType<typeof toBill>;

/**
 * Holds a bill's row until the transaction ends (PostgreSQL; SQLite runs one writer at a time), so what is read of the
 * bill next — whether a bank batch took it — stays true until the commit: a batch exported meanwhile waits, or is
 * waited for and then seen.
 */
export async function lockBill(db: Db, tenantId: string, id: string): Promise<void> {
  if (!isPostgres(db)) return;
  await db.selectFrom('fee_bills').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().execute();
}

export async function findBill(db: Db, tenantId: string, id: string) {
  const r = await selectBill(db).where('b.tenant_id', '=', tenantId).where('b.id', '=', id).executeTakeFirst();
  return r && { bill: toBill(r), officePath: r.office_path };
}

const SORT = { period: 'b.period', room: 'u.room', amount: 'b.amount_fen', payer: 'b.payer_name' } as const;

export async function listBills(db: Db, tenantId: string, f: BillFilter) {
  const q = selectBill(db)
    .where('b.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope))
    .$if(f.officePath !== undefined, (x) => x.where(pathWithin('o.path', [f.officePath as string])))
    .$if(f.estateId !== undefined, (x) => x.where('b.estate_id', '=', f.estateId as string))
    .$if(f.buildingId !== undefined, (x) => x.where('b.building_id', '=', f.buildingId as string))
    .$if(f.unitId !== undefined, (x) => x.where('b.unit_id', '=', f.unitId as string))
    .$if(f.period !== undefined, (x) => x.where('b.period', '=', f.period as string))
    .$if(f.state !== undefined, (x) => x.where('b.state', '=', f.state as BillState))
    .$if(f.adjustment === 'pending', (x) =>
      x.where((eb) =>
        eb.exists(
          eb
            .selectFrom('fee_adjustments as a')
            .select('a.id')
            .whereRef('a.tenant_id', '=', 'b.tenant_id')
            .whereRef('a.bill_id', '=', 'b.id')
            .where('a.state', '=', 'pending'),
        ),
      ),
    )
    .$if(Boolean(f.q), (x) => x.where(containsText(['u.room', 'b.payer_name', 'bd.name'], f.q as string)));
  const s = parseSort(f.sort, '-period');
  const { rows, total } = await fetchPage(
    q
      .orderBy(SORT[s.field as keyof typeof SORT] ?? 'b.period', s.direction)
      .orderBy('bd.name')
      .orderBy('u.room')
      .orderBy('i.name')
      .orderBy('b.id'),
    f.page,
    f.pageSize,
  );
  return { items: rows.map(toBill), total };
}

/** Moves a bill's adjustment (and state, when nothing is left due) by version. */
export async function updateBillAdjustment(
  db: Db,
  tenantId: string,
  b: { id: string; adjustmentFen: number; state: BillState; paidAt: string | null; paidPeriod: string | null; version: number },
  expected: number,
): Promise<boolean> {
  const res = await db
    .updateTable('fee_bills')
    .set({ adjustment_fen: b.adjustmentFen, state: b.state, paid_at: b.paidAt, paid_period: b.paidPeriod, version: b.version })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', b.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// ---- adjustments ----

export interface Adjustment {
  id: string;
  billId: string;
  officeId: string;
  amountFen: number;
  reason: string;
  state: AdjustmentState;
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  version: number;
}

const toAdjustment = (r: Selectable<FeeAdjustmentTable>): Adjustment => ({
  id: r.id,
  billId: r.bill_id,
  officeId: r.office_id,
  amountFen: Number(r.amount_fen),
  reason: r.reason,
  state: r.state,
  requestedBy: r.requested_by,
  requestedByName: r.requested_by_name,
  requestedAt: r.requested_at,
  decidedBy: r.decided_by,
  decidedByName: r.decided_by_name,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
  version: Number(r.version),
});

const adjustmentRow = (tenantId: string, a: Adjustment): FeeAdjustmentTable => ({
  tenant_id: tenantId,
  id: a.id,
  bill_id: a.billId,
  office_id: a.officeId,
  amount_fen: a.amountFen,
  reason: a.reason,
  state: a.state,
  requested_by: a.requestedBy,
  requested_by_name: a.requestedByName,
  requested_at: a.requestedAt,
  decided_by: a.decidedBy,
  decided_by_name: a.decidedByName,
  decided_at: a.decidedAt,
  decision_note: a.decisionNote,
  version: a.version,
});

export async function insertAdjustment(db: Db, tenantId: string, a: Adjustment) {
  await db.insertInto('fee_adjustments').values(adjustmentRow(tenantId, a)).execute();
}

export async function updateAdjustment(db: Db, tenantId: string, a: Adjustment, expected: number): Promise<boolean> {
  const { tenant_id: _t, id, ...set } = adjustmentRow(tenantId, a);
  const res = await db
    .updateTable('fee_adjustments')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findAdjustment(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('fee_adjustments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toAdjustment(r);
}

export async function adjustmentsOf(db: Db, tenantId: string, billId: string) {
  const rows = await db
    .selectFrom('fee_adjustments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('bill_id', '=', billId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
  return rows.map(toAdjustment);
}

/** Pending adjustments in the subtrees given (the office head's to-do). */
export async function countPendingAdjustments(db: Db, tenantId: string, scope: readonly string[]): Promise<number> {
  const r = await db
    .selectFrom('fee_adjustments as a')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('a.tenant_id', '=', tenantId)
    .where('a.state', '=', 'pending')
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
