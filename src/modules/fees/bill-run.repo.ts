import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage } from '../../platform/http/list.js';
import type { OwnerStay, PricedStandard, RunUnit } from './bill-run.rules.js';
import type { FeeBillRunTable, FeeBillTable } from './fees.tables.js';

type Db = Kysely<Database>;

export interface BillRun {
  id: string;
  officeId: string;
  estateId: string;
  period: string;
  state: FeeBillRunTable['state'];
  unitTotal: number;
  unitDone: number;
  billsCreated: number;
  unitsSkipped: number;
  cursor: string | null;
  error: string | null;
  startedBy: string | null;
  startedByName: string;
  startedAt: string;
  finishedAt: string | null;
  version: number;
}

const toRun = (r: Selectable<FeeBillRunTable>): BillRun => ({
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  period: r.period,
  state: r.state,
  unitTotal: Number(r.unit_total),
  unitDone: Number(r.unit_done),
  billsCreated: Number(r.bills_created),
  unitsSkipped: Number(r.units_skipped),
  cursor: r.cursor,
  error: r.error,
  startedBy: r.started_by,
  startedByName: r.started_by_name,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  version: Number(r.version),
});

const runRow = (tenantId: string, r: BillRun): FeeBillRunTable => ({
  tenant_id: tenantId,
  id: r.id,
  office_id: r.officeId,
  estate_id: r.estateId,
  period: r.period,
  state: r.state,
  unit_total: r.unitTotal,
  unit_done: r.unitDone,
  bills_created: r.billsCreated,
  units_skipped: r.unitsSkipped,
  cursor: r.cursor,
  error: r.error,
  started_by: r.startedBy,
  started_by_name: r.startedByName,
  started_at: r.startedAt,
  finished_at: r.finishedAt,
  version: r.version,
});

/** An estate with its office's path and name, for the scope check. */
export async function findEstate(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('estates as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .select(['e.id', 'e.name', 'e.office_id as officeId', 'e.active', 'o.path as officePath', 'o.name as officeName'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** Active estates with their office (the scheduled run walks them). */
export async function activeEstates(db: Db, tenantId: string) {
  return db
    .selectFrom('estates as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .select(['e.id', 'e.name', 'e.office_id as officeId', 'o.path as officePath'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.active', '=', 1)
    .orderBy('e.id')
    .execute();
}

/** The standards a run prices with, by id, with their rates. */
export async function pricedStandards(db: Db, tenantId: string, ids: readonly string[]): Promise<PricedStandard[]> {
  if (ids.length === 0) return [];
  const [standards, rates] = await Promise.all([
    db.selectFrom('fee_standards').select(['id', 'item_id', 'basis']).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute(),
    db
      .selectFrom('fee_standard_rates')
      .select(['standard_id', 'use', 'occupancy', 'rate_fen'])
      .where('tenant_id', '=', tenantId)
      .where('standard_id', 'in', ids)
      .execute(),
  ]);
  return standards
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .map((s) => ({
      id: s.id,
      itemId: s.item_id,
      basis: s.basis,
      rates: rates.filter((r) => r.standard_id === s.id).map((r) => ({ use: r.use, occupancy: r.occupancy, rateFen: Number(r.rate_fen) })),
    }));
}

export async function countActiveUnits(db: Db, tenantId: string, estateId: string): Promise<number> {
  const r = await db
    .selectFrom('estate_units')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export type ChunkUnit = RunUnit & { buildingId: string };

/** The next `limit` active units of an estate after `cursor`, by id: one chunk of a run. */
export async function unitsAfter(db: Db, tenantId: string, estateId: string, cursor: string | null, limit: number): Promise<ChunkUnit[]> {
  const rows = await db
    .selectFrom('estate_units')
    .select(['id', 'building_id', 'area_milli', 'use', 'occupancy'])
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('active', '=', 1)
    .$if(cursor !== null, (q) => q.where('id', '>', cursor as string))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, buildingId: r.building_id, areaMilli: Number(r.area_milli), use: r.use, occupancy: r.occupancy }));
}

/** The owners' stays of a chunk's units (in force or not: the period decides), by unit. */
export async function ownersOf(db: Db, tenantId: string, unitIds: readonly string[]): Promise<Map<string, OwnerStay[]>> {
  const byUnit = new Map<string, OwnerStay[]>();
  if (unitIds.length === 0) return byUnit;
  const rows = await db
    .selectFrom('estate_residents')
    .select(['unit_id', 'name', 'move_in_date', 'move_out_date'])
    .where('tenant_id', '=', tenantId)
    .where('unit_id', 'in', unitIds)
    .where('role', '=', 'owner')
    .orderBy('created_at')
    .execute();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({ name: r.name, moveIn: r.move_in_date, moveOut: r.move_out_date });
    byUnit.set(r.unit_id, list);
  }
  return byUnit;
}

/** Rows per insert statement: 500 × 25 columns stays under both engines' parameter limits. */
const INSERT_ROWS = 500;

/**
 * Inserts bills, passing over any that exists (one per unit, item and period, whoever made it); answers the rows
 * that were new (all of them, unless the desk billed a month ahead meanwhile).
 */
export async function insertBillsIgnoringExisting(db: Db, rows: FeeBillTable[]): Promise<FeeBillTable[]> {
  let created = 0;
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const res = await db
      .insertInto('fee_bills')
      .values(rows.slice(i, i + INSERT_ROWS))
      .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'item_id', 'period']).doNothing())
      .executeTakeFirst();
    created += Number(res.numInsertedOrUpdatedRows ?? 0n);
  }
  if (created === rows.length) return rows;
  // the ids are new: those found are the rows this insert wrote
  const written = new Set<string>();
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const found = await db
      .selectFrom('fee_bills')
      .select('id')
      .where('tenant_id', '=', rows[0]!.tenant_id)
      .where(
        'id',
        'in',
        rows.slice(i, i + INSERT_ROWS).map((r) => r.id),
      )
      .execute();
    for (const f of found) written.add(f.id);
  }
  return rows.filter((r) => written.has(r.id));
}

const runsWithOffice = (db: Db) =>
  db
    .selectFrom('fee_bill_runs as r')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'r.tenant_id').onRef('e.id', '=', 'r.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.office_id'));

export async function findRun(db: Db, tenantId: string, id: string) {
  const r = await runsWithOffice(db)
    .selectAll('r')
    .select(['o.path as office_path', 'e.name as estate_name'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.id', '=', id)
    .executeTakeFirst();
  return r && { run: toRun(r), officePath: r.office_path, estateName: r.estate_name };
}

export async function findRunOf(db: Db, tenantId: string, estateId: string, period: string) {
  const r = await db
    .selectFrom('fee_bill_runs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('period', '=', period)
    .executeTakeFirst();
  return r && toRun(r);
}

export async function insertRun(db: Db, tenantId: string, r: BillRun): Promise<boolean> {
  const res = await db
    .insertInto('fee_bill_runs')
    .values(runRow(tenantId, r))
    .onConflict((oc) => oc.columns(['tenant_id', 'estate_id', 'period']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function updateRun(db: Db, tenantId: string, r: BillRun, expected: number): Promise<boolean> {
  const { tenant_id: _t, id, ...set } = runRow(tenantId, r);
  const res = await db
    .updateTable('fee_bill_runs')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function listRuns(
  db: Db,
  tenantId: string,
  f: { scope: readonly string[]; estateId?: string | undefined; page: number; pageSize: number },
) {
  const q = runsWithOffice(db)
    .selectAll('r')
    .select(['e.name as estate_name'])
    .where('r.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope))
    .$if(f.estateId !== undefined, (x) => x.where('r.estate_id', '=', f.estateId as string));
  const { rows, total } = await fetchPage(q.orderBy('r.period', 'desc').orderBy('e.name').orderBy('r.id'), f.page, f.pageSize);
  return { items: rows.map((r) => ({ run: toRun(r), estateName: r.estate_name })), total };
}

/** Estates with a run for a period (the scheduled run passes over them). */
export async function estatesWithRun(db: Db, tenantId: string, period: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('fee_bill_runs')
    .select('estate_id')
    .where('tenant_id', '=', tenantId)
    .where('period', '=', period)
    .execute();
  return new Set(rows.map((r) => r.estate_id));
}
