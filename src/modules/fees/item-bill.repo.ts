import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { FeeBasis } from './fee.types.js';

type Db = Kysely<Database>;

/** The fee item of a code (active or not), if the tenant has one. */
export async function itemByCode(db: Db, tenantId: string, code: string) {
  return db
    .selectFrom('fee_items')
    .select(['id', 'code', 'name', 'active'])
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The standard an estate's item bills are filed under when their price comes from elsewhere (no rates, see the service). */
export async function standardOfItem(db: Db, tenantId: string, estateId: string, itemId: string): Promise<string | null> {
  const r = await db
    .selectFrom('fee_standards as s')
    .select('s.id')
    .where('s.tenant_id', '=', tenantId)
    .where('s.estate_id', '=', estateId)
    .where('s.item_id', '=', itemId)
    .where('s.state', '=', 'approved')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('fee_standard_rates as r')
            .select('r.standard_id')
            .whereRef('r.tenant_id', '=', 's.tenant_id')
            .whereRef('r.standard_id', '=', 's.id'),
        ),
      ),
    )
    .orderBy('s.created_at')
    .orderBy('s.id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** The months (of those given) a unit already has a bill of this item for. */
export async function billedPeriods(db: Db, tenantId: string, unitId: string, itemId: string, periods: readonly string[]) {
  if (!periods.length) return [];
  const rows = await db
    .selectFrom('fee_bills')
    .select('period')
    .where('tenant_id', '=', tenantId)
    .where('unit_id', '=', unitId)
    .where('item_id', '=', itemId)
    .where('period', 'in', periods)
    .orderBy('period')
    .execute();
  return rows.map((r) => r.period);
}

export interface ItemBillRow {
  id: string;
  officeId: string;
  estateId: string;
  buildingId: string;
  unitId: string;
  itemId: string;
  standardId: string;
  period: string;
  basis: FeeBasis;
  rateFen: number;
  areaMilli: number;
  daysInPeriod: number;
  amountFen: number;
  payerName: string;
}

/** Inserts the bill unless the unit has one of the item for the month (false then: a concurrent writer made it). */
export async function insertItemBill(db: Db, tenantId: string, b: ItemBillRow, now: string): Promise<boolean> {
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
      days_billed: b.daysInPeriod,
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
      created_at: now,
      version: 1,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'item_id', 'period']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Bills by id with what a withdrawal checks: their state, bank batch and how many adjustments they have. */
export async function billsToWithdraw(db: Db, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('fee_bills as f')
    .select([
      'f.id',
      'f.office_id',
      'f.estate_id',
      'f.building_id',
      'f.unit_id',
      'f.item_id',
      'f.period',
      'f.paid_period',
      'f.amount_fen',
      'f.adjustment_fen',
      'f.state',
      'f.bank_batch_id',
      'f.version',
    ])
    .select((eb) =>
      eb
        .selectFrom('fee_adjustments as a')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('a.tenant_id', '=', 'f.tenant_id')
        .whereRef('a.bill_id', '=', 'f.id')
        .as('adjustments'),
    )
    .where('f.tenant_id', '=', tenantId)
    .where('f.id', 'in', ids)
    .orderBy('f.period')
    .execute();
}

/** Deletes an open bill not in a bank batch, as it was read (false when it changed meanwhile). */
export async function deleteOpenBill(db: Db, tenantId: string, id: string, version: number): Promise<boolean> {
  const res = await db
    .deleteFrom('fee_bills')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'open')
    .where('bank_batch_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
