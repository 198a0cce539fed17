import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { type BillChange, type CountedBill, totalsDeltas } from './bill-totals.rules.js';

type Db = Kysely<Database>;

/** Rows per upsert: 200 × 8 columns stays under both engines' parameter limits. */
const UPSERT_ROWS = 200;

/**
 * Moves the running totals by a set of bill writes, in the caller's transaction. Each row is added to, never
 * recomputed, so two transactions writing bills of one building at once both count.
 */
export async function countBillChanges(db: Db, tenantId: string, changes: readonly BillChange[]): Promise<void> {
  const deltas = totalsDeltas(changes);
  for (let i = 0; i < deltas.length; i += UPSERT_ROWS)
    await db
      .insertInto('fee_bill_totals')
      .values(
        deltas.slice(i, i + UPSERT_ROWS).map((d) => ({
          tenant_id: tenantId,
          office_id: d.officeId,
          estate_id: d.estateId,
          building_id: d.buildingId,
          period: d.period,
          paid_period: d.paidPeriod,
          due_fen: d.dueFen,
          bills: d.bills,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'building_id', 'period', 'paid_period']).doUpdateSet({
          due_fen: sql`fee_bill_totals.due_fen + excluded.due_fen`,
          bills: sql`fee_bill_totals.bills + excluded.bills`,
        }),
      )
      .execute();
}

/** How a bill row counts. */
export const countedRow = (r: {
  office_id: string;
  estate_id: string;
  building_id: string;
  period: string;
  paid_period: string | null;
  amount_fen: number | string;
  adjustment_fen: number | string;
}): CountedBill => ({
  officeId: r.office_id,
  estateId: r.estate_id,
  buildingId: r.building_id,
  period: r.period,
  paidPeriod: r.paid_period,
  dueFen: Number(r.amount_fen) + Number(r.adjustment_fen),
});

/** Counts bills just paid in `paidPeriod` (read back by id): out of their open rows, into the month paid. */
export async function countPaidBills(db: Db, tenantId: string, billIds: readonly string[], paidPeriod: string): Promise<void> {
  const changes: BillChange[] = [];
  for (let i = 0; i < billIds.length; i += 500) {
    const rows = await db
      .selectFrom('fee_bills')
      .select(['office_id', 'estate_id', 'building_id', 'period', 'paid_period', 'amount_fen', 'adjustment_fen'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', billIds.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      const paid = countedRow(r);
      changes.push({ before: { ...paid, paidPeriod: null }, after: { ...paid, paidPeriod } });
    }
  }
  await countBillChanges(db, tenantId, changes);
}

/**
 * Sums the totals of a tenant again from its bills: for a database whose totals are in doubt, and the check the
 * tests make that every write moved them right.
 */
export async function rebuildBillTotals(db: Db, tenantId: string): Promise<void> {
  await db.deleteFrom('fee_bill_totals').where('tenant_id', '=', tenantId).execute();
  await db
    .insertInto('fee_bill_totals')
    .columns(['tenant_id', 'office_id', 'estate_id', 'building_id', 'period', 'paid_period', 'due_fen', 'bills'])
    .expression((eb) =>
      eb
        .selectFrom('fee_bills')
        .where('tenant_id', '=', tenantId)
        .groupBy(['tenant_id', 'office_id', 'estate_id', 'building_id', 'period', 'paid_period'])
        .select((s) => [
          'tenant_id',
          'office_id',
          'estate_id',
          'building_id',
          'period',
          sql<string>`coalesce(paid_period, '')`.as('paid_period'),
          sql<number>`sum(amount_fen + adjustment_fen)`.as('due_fen'),
          s.fn.countAll<number>().as('bills'),
        ]),
    )
    .execute();
}
