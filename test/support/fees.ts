import { sql } from 'kysely';
import { billAmountFen, billableDays, daysInPeriod } from '../../src/modules/fees/bill.rules.js';
import { countBillChanges } from '../../src/modules/fees/bill-totals.repo.js';
import type { StandardRate } from '../../src/modules/fees/fee.types.js';
import { newId } from '../../src/platform/ids.js';
import type { TestEnv } from './harness.js';

/**
 * Writes property-fee records straight into the tables, for the tests of one part of the fee module that need
 * another part's records (the desk needs bills, the bank needs bills and mandates) without walking its screens.
 * Amounts come from the same pure rule the bill run uses. Never used by the demo or the app.
 *
 * Every test env holds the full fee demo: items `property` and `waste`, approved standards at 翠竹园 and 金色家园
 * from six months back, their bills, payments (some months ahead), arrears and bank batches. A test that counts or
 * lists what it made works on an estate of its own (`billingEstate(…, { standards: false })` in ./bill-runs.ts,
 * then `approvedStandard` on its name) or, on a demo estate, under an item code of its own and in months the demo
 * never billed.
 */
export interface FeeFixture {
  tenantId: string;
  estateId: string;
  officeId: string;
  itemId: string;
  standardId: string;
}

/**
 * An approved standard (from `effectiveMonth`, default 2020-01) of the estate named, under the item `itemCode`
 * (default `property`; the item is made when the tenant has none of that code, else reused).
 */
export async function approvedStandard(
  t: TestEnv,
  estateName: string,
  opts: { itemCode?: string; itemName?: string; effectiveMonth?: string; rates?: StandardRate[] } = {},
): Promise<FeeFixture> {
  const db = t.runtime.deps.db;
  const estate = await db.selectFrom('estates').selectAll().where('name', '=', estateName).executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const code = opts.itemCode ?? 'property';
  let item = await db
    .selectFrom('fee_items')
    .select('id')
    .where('tenant_id', '=', estate.tenant_id)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!item) {
    item = { id: newId() };
    await db
      .insertInto('fee_items')
      .values({
        tenant_id: estate.tenant_id,
        id: item.id,
        code,
        name: opts.itemName ?? '物业管理费',
        active: 1,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const standardId = newId();
  await db
    .insertInto('fee_standards')
    .values({
      tenant_id: estate.tenant_id,
      id: standardId,
      office_id: estate.office_id,
      estate_id: estate.id,
      item_id: item.id,
      basis: 'per_area',
      effective_month: opts.effectiveMonth ?? '2020-01',
      note: '',
      state: 'approved',
      submitted_by: null,
      submitted_by_name: '测试',
      submitted_at: now,
      reviewed_by: null,
      reviewed_by_name: '测试',
      reviewed_at: now,
      approved_by: null,
      approved_by_name: '测试',
      approved_at: now,
      returned_by: null,
      returned_by_name: null,
      returned_at: null,
      return_reason: null,
      created_by: 'test',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const r of opts.rates ?? [{ use: '*', occupancy: '*', rateFen: 180 }])
    await db
      .insertInto('fee_standard_rates')
      .values({ tenant_id: estate.tenant_id, standard_id: standardId, use: r.use, occupancy: r.occupancy, rate_fen: r.rateFen })
      .execute();
  return { tenantId: estate.tenant_id, estateId: estate.id, officeId: estate.office_id, itemId: item.id, standardId };
}

/** One open bill per unit with an owner for each period (skipping bills already there); returns how many it made. */
export async function openBills(t: TestEnv, f: FeeFixture, periods: readonly string[], rateFen = 180): Promise<number> {
  const db = t.runtime.deps.db;
  const units = await db
    .selectFrom('estate_units')
    .select(['id', 'building_id', 'area_milli'])
    .where('tenant_id', '=', f.tenantId)
    .where('estate_id', '=', f.estateId)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  const residents = await db
    .selectFrom('estate_residents')
    .select(['unit_id', 'name', 'move_in_date', 'move_out_date'])
    .where('tenant_id', '=', f.tenantId)
    .where('estate_id', '=', f.estateId)
    .where('role', '=', 'owner')
    .execute();
  let made = 0;
  // as a bill run would have made them, one run a period (months paid ahead at the desk have none)
  for (const period of periods) {
    const runId = newId();
    for (const u of units) {
      const owners = residents.filter((r) => r.unit_id === u.id);
      const days = billableDays(
        period,
        owners.map((o) => ({ moveIn: o.move_in_date, moveOut: o.move_out_date })),
      );
      if (days === 0) continue;
      const total = daysInPeriod(period);
      const amount = billAmountFen({ basis: 'per_area', rateFen, areaMilli: Number(u.area_milli), daysBilled: days, daysInPeriod: total });
      const res = await db
        .insertInto('fee_bills')
        .values({
          tenant_id: f.tenantId,
          id: newId(),
          office_id: f.officeId,
          estate_id: f.estateId,
          building_id: u.building_id,
          unit_id: u.id,
          item_id: f.itemId,
          standard_id: f.standardId,
          period,
          basis: 'per_area',
          rate_fen: rateFen,
          area_milli: Number(u.area_milli),
          days_billed: days,
          days_in_period: total,
          amount_fen: amount,
          adjustment_fen: 0,
          payer_name: owners.at(-1)?.name ?? '',
          state: 'open',
          run_id: runId,
          bank_batch_id: null,
          payment_id: null,
          paid_at: null,
          paid_period: null,
          created_at: new Date().toISOString(),
          version: 1,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'item_id', 'period']).doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
      made++;
      const counted = { officeId: f.officeId, estateId: f.estateId, buildingId: u.building_id, period, paidPeriod: null, dueFen: amount };
      await countBillChanges(db, f.tenantId, [{ before: null, after: counted }]);
    }
  }
  return made;
}

/**
 * Where the running totals (fee_bill_totals) differ from the bills summed now, as `tenant/building/period/paid: stored ≠
 * summed` lines: empty when every write of a bill moved them right.
 */
export async function totalsDrift(t: TestEnv): Promise<string[]> {
  const db = t.runtime.deps.db;
  const stored = await db.selectFrom('fee_bill_totals').selectAll().execute();
  const summed = await db
    .selectFrom('fee_bills')
    .groupBy(['tenant_id', 'building_id', 'period', 'paid_period'])
    .select((e) => [
      'tenant_id',
      'building_id',
      'period',
      'paid_period',
      sql<string | number>`sum(amount_fen + adjustment_fen)`.as('due_fen'),
      e.fn.countAll<string | number>().as('bills'),
    ])
    .execute();
  const rows = new Map<string, { stored: string; summed: string }>();
  const at = (k: string) => rows.get(k) ?? rows.set(k, { stored: '0/0', summed: '0/0' }).get(k)!;
  for (const r of stored)
    at(`${r.tenant_id}/${r.building_id}/${r.period}/${r.paid_period}`).stored = `${Number(r.due_fen)}/${Number(r.bills)}`;
  for (const r of summed)
    at(`${r.tenant_id}/${r.building_id}/${r.period}/${r.paid_period ?? ''}`).summed = `${Number(r.due_fen)}/${Number(r.bills)}`;
  return [...rows].filter(([, v]) => v.stored !== v.summed).map(([k, v]) => `${k}: ${v.stored} ≠ ${v.summed}`);
}
