import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage } from '../../platform/http/list.js';
import type { StandardState } from '../fees/fee.types.js';
import { approvalColumns, approvalOfRow } from '../fees/standard-steps.js';
import type { ParkingStandardTable } from './parking.tables.js';
import type { ParkingStandardRecord, PassPrice } from './parking-standard.types.js';
import { rateOf } from './standard-in-force.repo.js';

type Db = Kysely<Database>;

const toStandard = (r: Selectable<ParkingStandardTable>): ParkingStandardRecord => ({
  ...approvalOfRow(r),
  carParkId: r.car_park_id,
  rate: rateOf(r),
});

const toRow = (s: ParkingStandardRecord): ParkingStandardTable => ({
  ...approvalColumns(s),
  car_park_id: s.carParkId,
  free_minutes: s.rate.freeMinutes,
  unit_minutes: s.rate.unitMinutes,
  unit_fen: s.rate.unitFen,
  night_from: s.rate.night?.from ?? null,
  night_to: s.rate.night?.to ?? null,
  night_unit_fen: s.rate.night?.unitFen ?? null,
  daily_cap_fen: s.rate.dailyCapFen,
  stay_cap_fen: s.rate.stayCapFen,
});

export async function insertStandard(db: Db, s: ParkingStandardRecord) {
  await db.insertInto('parking_standards').values(toRow(s)).execute();
}

export async function updateStandard(db: Db, s: ParkingStandardRecord, expected: number): Promise<boolean> {
  const { tenant_id, id, created_at: _c, ...changes } = toRow(s);
  const res = await db
    .updateTable('parking_standards')
    .set(changes)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function replacePassPrices(db: Db, tenantId: string, standardId: string, prices: readonly PassPrice[]) {
  await db.deleteFrom('parking_pass_prices').where('tenant_id', '=', tenantId).where('standard_id', '=', standardId).execute();
  if (prices.length)
    await db
      .insertInto('parking_pass_prices')
      .values(prices.map((p) => ({ tenant_id: tenantId, standard_id: standardId, ownership: p.ownership, monthly_fen: p.monthlyFen })))
      .execute();
}

/** The pass prices of several standards, by standard id. */
export async function passPricesOf(db: Db, tenantId: string, standardIds: readonly string[]): Promise<Map<string, PassPrice[]>> {
  const out = new Map<string, PassPrice[]>(standardIds.map((id) => [id, []]));
  if (!standardIds.length) return out;
  const rows = await db
    .selectFrom('parking_pass_prices')
    .select(['standard_id', 'ownership', 'monthly_fen'])
    .where('tenant_id', '=', tenantId)
    .where('standard_id', 'in', standardIds)
    .execute();
  for (const r of rows) out.get(r.standard_id)?.push({ ownership: r.ownership, monthlyFen: Number(r.monthly_fen) });
  return out;
}

/** Standards with the names and path the pages and the scope check need (car park, estate, office). */
const withNames = (db: Db) =>
  db
    .selectFrom('parking_standards as s')
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.car_park_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 's.tenant_id').onRef('e.id', '=', 's.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .selectAll('s')
    .select([
      'c.code as car_park_code',
      'c.name as car_park_name',
      'e.name as estate_name',
      'o.name as office_name',
      'o.path as office_path',
    ]);

type NamedRow = Selectable<ParkingStandardTable> & {
  car_park_code: string;
  car_park_name: string;
  estate_name: string;
  office_name: string;
  office_path: string;
};
export type LoadedStandard = ReturnType<typeof toLoaded>;
const toLoaded = (r: NamedRow) => ({
  standard: toStandard(r),
  carParkCode: r.car_park_code,
  carParkName: r.car_park_name,
  estateName: r.estate_name,
  officeName: r.office_name,
  officePath: r.office_path,
});

export async function findStandard(db: Db, tenantId: string, id: string) {
  const r = await withNames(db).where('s.tenant_id', '=', tenantId).where('s.id', '=', id).executeTakeFirst();
  return r && toLoaded(r);
}

export interface StandardFilter {
  state?: StandardState | undefined;
  estateId?: string | undefined;
  carParkId?: string | undefined;
  page: number;
  pageSize: number;
}

/** Standards in the offices of `scope`, newest effective month first, then by estate and car park. */
export async function listStandards(db: Db, tenantId: string, f: StandardFilter & { scope: readonly string[] }) {
  let q = withNames(db).where('s.tenant_id', '=', tenantId).where(pathWithin('o.path', f.scope));
  if (f.state) q = q.where('s.state', '=', f.state);
  if (f.estateId) q = q.where('s.estate_id', '=', f.estateId);
  if (f.carParkId) q = q.where('s.car_park_id', '=', f.carParkId);
  const ordered = q
    .orderBy('s.effective_month', 'desc')
    .orderBy('e.name')
    .orderBy('c.code')
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc');
  const { rows, total } = await fetchPage(ordered, f.page, f.pageSize);
  return { items: rows.map(toLoaded), total };
}

/** How many standards are in `state` in the offices of `scope` (the to-dos). */
export async function countInState(db: Db, tenantId: string, scope: readonly string[], state: StandardState): Promise<number> {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('parking_standards as s')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('s.tenant_id', '=', tenantId)
    .where('s.state', '=', state)
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * What the car park has charged already, for the never-retroactive check: the latest entry instant of a stay
 * charged by a standard (its month in the tenant's zone is the service's to compute); null when none was. Pass
 * months billed ahead do not count: a pass keeps the price it was issued at, whatever standard comes after.
 */
export async function lastChargedEntry(db: Db, tenantId: string, carParkId: string): Promise<string | null> {
  const stay = await db
    .selectFrom('parking_stays')
    .select((eb) => eb.fn.max('entered_at').as('at'))
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', '=', carParkId)
    .where('standard_id', 'is not', null)
    .where('entered_at', 'is not', null)
    .executeTakeFirst();
  return (stay?.at as string | null | undefined) ?? null;
}
