import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { CarParkTable, ParkingSpaceTable, VehicleTable } from './parking.tables.js';
import type { CarPark, ParkingSpace, Vehicle } from './parking.types.js';

type Db = Kysely<Database>;

export const toCarPark = (r: Selectable<CarParkTable>): CarPark => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export const toSpace = (r: Selectable<ParkingSpaceTable>): ParkingSpace => ({
  tenantId: r.tenant_id,
  id: r.id,
  carParkId: r.car_park_id,
  number: r.number,
  ownership: r.ownership,
  unitId: r.unit_id,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export const toVehicle = (r: Selectable<VehicleTable>): Vehicle => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  plate: r.plate,
  unitId: r.unit_id,
  holderResidentId: r.holder_resident_id,
  holderName: r.holder_name,
  holderPhone: r.holder_phone,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const carParkRow = (c: CarPark): CarParkTable => ({
  tenant_id: c.tenantId,
  id: c.id,
  office_id: c.officeId,
  estate_id: c.estateId,
  code: c.code,
  name: c.name,
  kind: c.kind,
  active: c.active ? 1 : 0,
  version: c.version,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});
const spaceRow = (s: ParkingSpace): ParkingSpaceTable => ({
  tenant_id: s.tenantId,
  id: s.id,
  car_park_id: s.carParkId,
  number: s.number,
  ownership: s.ownership,
  unit_id: s.unitId,
  active: s.active ? 1 : 0,
  version: s.version,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});
const vehicleRow = (v: Vehicle): VehicleTable => ({
  tenant_id: v.tenantId,
  id: v.id,
  office_id: v.officeId,
  estate_id: v.estateId,
  plate: v.plate,
  unit_id: v.unitId,
  holder_resident_id: v.holderResidentId,
  holder_name: v.holderName,
  holder_phone: v.holderPhone,
  active: v.active ? 1 : 0,
  version: v.version,
  created_at: v.createdAt,
  updated_at: v.updatedAt,
});

// ---- writes: inserts in chunks (an import writes hundreds at once), updates by version ----

const CHUNK = 100;
async function insertMany<T extends 'car_parks' | 'parking_spaces' | 'vehicles'>(db: Db, table: T, rows: Database[T][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    const chunk = rows.slice(i, i + CHUNK) as any;
    await db.insertInto(table).values(chunk).execute();
  }
}
export const insertCarPark = (db: Db, c: CarPark) => insertMany(db, 'car_parks', [carParkRow(c)]);
export const insertSpaces = (db: Db, ss: ParkingSpace[]) => insertMany(db, 'parking_spaces', ss.map(spaceRow));
export const insertVehicles = (db: Db, vs: Vehicle[]) => insertMany(db, 'vehicles', vs.map(vehicleRow));

async function updateByVersion(
  db: Db,
  table: 'car_parks' | 'parking_spaces' | 'vehicles',
  row: { tenant_id: string; id: string; created_at: string },
  expected: number,
): Promise<boolean> {
  const { tenant_id, id, created_at: _c, ...changes } = row;
  const res = await db
    .updateTable(table as 'car_parks')
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    .set(changes as any)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
export const updateCarPark = (db: Db, c: CarPark, v: number) => updateByVersion(db, 'car_parks', carParkRow(c), v);
export const updateSpace = (db: Db, s: ParkingSpace, v: number) => updateByVersion(db, 'parking_spaces', spaceRow(s), v);
export const updateVehicle = (db: Db, x: Vehicle, v: number) => updateByVersion(db, 'vehicles', vehicleRow(x), v);

// ---- reads of one record, each with its office's path for the scope check ----

/** A car park with its office (path and name) and its estate's name. */
export async function findCarPark(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('car_parks as c')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.office_id'))
    .selectAll('c')
    .select(['o.path as office_path'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  return r && { carPark: toCarPark(r), officePath: r.office_path };
}

export async function findSpace(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('parking_spaces').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toSpace(r);
}

export async function findVehicle(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('vehicles as v')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'v.tenant_id').onRef('o.id', '=', 'v.office_id'))
    .selectAll('v')
    .select(['o.path as office_path'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.id', '=', id)
    .executeTakeFirst();
  return r && { vehicle: toVehicle(r), officePath: r.office_path };
}

// ---- what a write checks first (the unique indexes stay the last guard against a concurrent writer) ----

export async function carParkCodeTaken(db: Db, tenantId: string, estateId: string, code: string, except?: string) {
  let q = db
    .selectFrom('car_parks')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('code', '=', code);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}

/** The numbers a car park has, active or not. */
export async function spaceNumbersOf(db: Db, tenantId: string, carParkId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('parking_spaces')
    .select('number')
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', '=', carParkId)
    .execute();
  return new Set(rows.map((r) => r.number));
}

export async function spaceNumberTaken(db: Db, tenantId: string, carParkId: string, number: string, except?: string) {
  let q = db
    .selectFrom('parking_spaces')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', '=', carParkId)
    .where('number', '=', number);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}

/** Whether an active vehicle other than `except` has the plate, anywhere in the tenant. */
export async function plateTaken(db: Db, tenantId: string, plate: string, except?: string) {
  let q = db.selectFrom('vehicles').select('id').where('tenant_id', '=', tenantId).where('plate', '=', plate).where('active', '=', 1);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}

/** The active plates among `plates` (an import's check, in chunks so no statement grows past the engines' limits). */
export async function activePlates(db: Db, tenantId: string, plates: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < plates.length; i += 500) {
    const rows = await db
      .selectFrom('vehicles')
      .select('plate')
      .where('tenant_id', '=', tenantId)
      .where('active', '=', 1)
      .where('plate', 'in', plates.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.plate);
  }
  return out;
}
