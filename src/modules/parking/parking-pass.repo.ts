import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { ParkingPassTable } from './parking.tables.js';
import type { PassState } from './parking.types.js';

type Db = Kysely<Database>;

/** 月卡 as the services hold it. */
export interface ParkingPass {
  id: string;
  officeId: string;
  estateId: string;
  carParkId: string;
  vehicleId: string;
  unitId: string;
  spaceId: string | null;
  zone: string;
  ownership: ParkingPassTable['ownership'];
  fromMonth: string;
  toMonth: string;
  monthlyFen: number;
  standardId: string;
  state: PassState;
  cancelledAt: string | null;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toPass = (r: Selectable<ParkingPassTable>): ParkingPass => ({
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  carParkId: r.car_park_id,
  vehicleId: r.vehicle_id,
  unitId: r.unit_id,
  spaceId: r.space_id,
  zone: r.zone,
  ownership: r.ownership,
  fromMonth: r.from_month,
  toMonth: r.to_month,
  monthlyFen: Number(r.monthly_fen),
  standardId: r.standard_id,
  state: r.state,
  cancelledAt: r.cancelled_at,
  createdBy: r.created_by,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function insertPass(db: Db, tenantId: string, p: ParkingPass) {
  await db
    .insertInto('parking_passes')
    .values({
      tenant_id: tenantId,
      id: p.id,
      office_id: p.officeId,
      estate_id: p.estateId,
      car_park_id: p.carParkId,
      vehicle_id: p.vehicleId,
      unit_id: p.unitId,
      space_id: p.spaceId,
      zone: p.zone,
      ownership: p.ownership,
      from_month: p.fromMonth,
      to_month: p.toMonth,
      monthly_fen: p.monthlyFen,
      standard_id: p.standardId,
      state: p.state,
      cancelled_at: p.cancelledAt,
      created_by: p.createdBy,
      version: p.version,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    })
    .execute();
}

export async function insertMonths(db: Db, tenantId: string, passId: string, months: readonly { period: string; billId: string }[]) {
  if (!months.length) return;
  await db
    .insertInto('parking_pass_months')
    .values(months.map((m) => ({ tenant_id: tenantId, pass_id: passId, period: m.period, bill_id: m.billId })))
    .execute();
}

export async function deleteMonths(db: Db, tenantId: string, passId: string, periods: readonly string[]) {
  if (!periods.length) return;
  await db
    .deleteFrom('parking_pass_months')
    .where('tenant_id', '=', tenantId)
    .where('pass_id', '=', passId)
    .where('period', 'in', periods)
    .execute();
}

/** Marks a pass cancelled, as it was read (false when someone changed it meanwhile). */
export async function cancelPass(db: Db, tenantId: string, id: string, version: number, now: string): Promise<boolean> {
  const res = await db
    .updateTable('parking_passes')
    .set({ state: 'cancelled', cancelled_at: now, version: version + 1, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'active')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findPass(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('parking_passes as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .selectAll('p')
    .select('o.path as office_path')
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
  return r && { pass: toPass(r), officePath: r.office_path };
}

/** The months of an active pass of this vehicle (or space) that overlap from..to: one pass per vehicle and space a month. */
export async function overlappingMonths(
  db: Db,
  tenantId: string,
  by: { vehicleId: string } | { spaceId: string },
  from: string,
  to: string,
): Promise<{ from: string; to: string } | null> {
  let q = db
    .selectFrom('parking_passes')
    .select(['from_month', 'to_month'])
    .where('tenant_id', '=', tenantId)
    .where('state', '=', 'active')
    .where('from_month', '<=', to)
    .where('to_month', '>=', from);
  q = 'vehicleId' in by ? q.where('vehicle_id', '=', by.vehicleId) : q.where('space_id', '=', by.spaceId);
  const r = await q.orderBy('from_month').executeTakeFirst();
  return r ? { from: r.from_month, to: r.to_month } : null;
}

/** Each month of the passes with its bill's state, paid date and what it is due. */
export async function monthsOfPasses(db: Db, tenantId: string, passIds: readonly string[]) {
  if (!passIds.length) return [];
  const rows = await db
    .selectFrom('parking_pass_months as m')
    .innerJoin('fee_bills as f', (j) => j.onRef('f.tenant_id', '=', 'm.tenant_id').onRef('f.id', '=', 'm.bill_id'))
    .select(['m.pass_id', 'm.period', 'm.bill_id', 'f.state', 'f.amount_fen', 'f.adjustment_fen', 'f.paid_at', 'f.bank_batch_id'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.pass_id', 'in', passIds)
    .orderBy('m.pass_id')
    .orderBy('m.period')
    .execute();
  return rows.map((r) => ({
    passId: r.pass_id,
    period: r.period,
    billId: r.bill_id,
    billState: r.state,
    dueFen: Number(r.amount_fen) + Number(r.adjustment_fen),
    paidAt: r.paid_at,
    inBankCollection: r.bank_batch_id !== null,
  }));
}

export interface PassFilter {
  scope: readonly string[];
  id?: string | undefined;
  estateId?: string | undefined;
  carParkId?: string | undefined;
  state?: PassState | undefined;
  /** Free text: the holder's name or the room. */
  q?: string | undefined;
  /** `q` as a plate is typed (normalised), matched against plates. */
  plateQ?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORT = { plate: 'v.plate', fromMonth: 'p.from_month', createdAt: 'p.created_at' } as const;

/** Passes of the caller's offices with their vehicle, unit, car park and space. */
export async function listPasses(db: Db, tenantId: string, f: PassFilter) {
  let q = db
    .selectFrom('parking_passes as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'p.tenant_id').onRef('e.id', '=', 'p.estate_id'))
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 'p.tenant_id').onRef('c.id', '=', 'p.car_park_id'))
    .innerJoin('vehicles as v', (j) => j.onRef('v.tenant_id', '=', 'p.tenant_id').onRef('v.id', '=', 'p.vehicle_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.unit_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .leftJoin('parking_spaces as s', (j) => j.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.space_id'))
    .selectAll('p')
    .select([
      'o.path as office_path',
      'e.name as estate_name',
      'c.code as car_park_code',
      'c.name as car_park_name',
      'v.plate',
      'v.holder_name',
      'v.holder_phone',
      'b.name as building_name',
      'u.entrance',
      'u.room',
      's.number as space_number',
    ])
    .where('p.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('p.id', '=', f.id);
  if (f.estateId) q = q.where('p.estate_id', '=', f.estateId);
  if (f.carParkId) q = q.where('p.car_park_id', '=', f.carParkId);
  if (f.state) q = q.where('p.state', '=', f.state);
  if (f.q) {
    const text = f.q;
    const plate = f.plateQ || text;
    q = q.where((eb) => eb.or([containsText(['v.plate'], plate), containsText(['v.holder_name', 'b.name', 'u.room', 'p.zone'], text)]));
  }
  const s = parseSort(f.sort, '-createdAt');
  const col = SORT[s.field as keyof typeof SORT] ?? 'p.created_at';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('p.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      pass: toPass(r),
      officePath: r.office_path,
      estateName: r.estate_name,
      carParkCode: r.car_park_code,
      carParkName: r.car_park_name,
      plate: r.plate,
      holderName: r.holder_name,
      holderPhone: r.holder_phone,
      unit: { estateName: r.estate_name, buildingName: r.building_name, entrance: r.entrance, room: r.room },
      spaceNumber: r.space_number,
    })),
    total,
  };
}
