import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { Building, Estate, Occupancy, Resident, ResidentRole, Unit, UnitUse } from './estate.types.js';
import type { EstateBuildingTable, EstateResidentTable, EstateTable, EstateUnitTable } from './estates.tables.js';
import { unitMatches } from './unit-search.js';

type Db = Kysely<Database>;

const toEstate = (r: Selectable<EstateTable>): Estate => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  name: r.name,
  address: r.address,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toBuilding = (r: Selectable<EstateBuildingTable>): Building => ({
  tenantId: r.tenant_id,
  id: r.id,
  estateId: r.estate_id,
  name: r.name,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toUnit = (r: Selectable<EstateUnitTable>): Unit => ({
  tenantId: r.tenant_id,
  id: r.id,
  estateId: r.estate_id,
  buildingId: r.building_id,
  entrance: r.entrance,
  floor: Number(r.floor),
  room: r.room,
  areaMilli: Number(r.area_milli),
  use: r.use,
  occupancy: r.occupancy,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toResident = (r: Selectable<EstateResidentTable>): Resident => ({
  tenantId: r.tenant_id,
  id: r.id,
  estateId: r.estate_id,
  unitId: r.unit_id,
  role: r.role,
  name: r.name,
  phone: r.phone,
  idNumberMasked: r.id_number_masked,
  idNumberHash: r.id_number_hash,
  moveInDate: r.move_in_date,
  moveOutDate: r.move_out_date,
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const estateRow = (e: Estate): EstateTable => ({
  tenant_id: e.tenantId,
  id: e.id,
  office_id: e.officeId,
  name: e.name,
  address: e.address,
  active: e.active ? 1 : 0,
  version: e.version,
  created_at: e.createdAt,
  updated_at: e.updatedAt,
});
const buildingRow = (b: Building): EstateBuildingTable => ({
  tenant_id: b.tenantId,
  id: b.id,
  estate_id: b.estateId,
  name: b.name,
  active: b.active ? 1 : 0,
  version: b.version,
  created_at: b.createdAt,
  updated_at: b.updatedAt,
});
const unitRow = (u: Unit): EstateUnitTable => ({
  tenant_id: u.tenantId,
  id: u.id,
  estate_id: u.estateId,
  building_id: u.buildingId,
  entrance: u.entrance,
  floor: u.floor,
  room: u.room,
  area_milli: u.areaMilli,
  use: u.use,
  occupancy: u.occupancy,
  active: u.active ? 1 : 0,
  version: u.version,
  created_at: u.createdAt,
  updated_at: u.updatedAt,
});
const residentRow = (r: Resident): EstateResidentTable => ({
  tenant_id: r.tenantId,
  id: r.id,
  estate_id: r.estateId,
  unit_id: r.unitId,
  role: r.role,
  name: r.name,
  phone: r.phone,
  id_number_masked: r.idNumberMasked,
  id_number_hash: r.idNumberHash,
  move_in_date: r.moveInDate,
  move_out_date: r.moveOutDate,
  active: r.active ? 1 : 0,
  version: r.version,
  created_at: r.createdAt,
  updated_at: r.updatedAt,
});

// ---- writes: inserts in chunks (the import writes hundreds at once), updates by version ----

const CHUNK = 100;
async function insertMany<T extends keyof Database & string>(db: Db, table: T, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    const chunk = rows.slice(i, i + CHUNK) as any;
    await db.insertInto(table).values(chunk).execute();
  }
}
export const insertEstate = (db: Db, e: Estate) => insertMany(db, 'estates', [estateRow(e)]);
export const insertBuildings = (db: Db, bs: Building[]) => insertMany(db, 'estate_buildings', bs.map(buildingRow));
export const insertUnits = (db: Db, us: Unit[]) => insertMany(db, 'estate_units', us.map(unitRow));
export const insertResidents = (db: Db, rs: Resident[]) => insertMany(db, 'estate_residents', rs.map(residentRow));

async function updateByVersion<T extends 'estates' | 'estate_buildings' | 'estate_units' | 'estate_residents'>(
  db: Db,
  table: T,
  row: { tenant_id: string; id: string; created_at: string },
  expected: number,
): Promise<boolean> {
  const { tenant_id, id, created_at: _c, ...changes } = row;
  const res = await db
    .updateTable(table as 'estates')
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    .set(changes as any)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
export const updateEstate = (db: Db, e: Estate, v: number) => updateByVersion(db, 'estates', estateRow(e), v);
export const updateBuilding = (db: Db, b: Building, v: number) => updateByVersion(db, 'estate_buildings', buildingRow(b), v);
export const updateUnit = (db: Db, u: Unit, v: number) => updateByVersion(db, 'estate_units', unitRow(u), v);
export const updateResident = (db: Db, r: Resident, v: number) => updateByVersion(db, 'estate_residents', residentRow(r), v);

// ---- reads: every record comes with its estate's office path, for the scope check ----

const withOffice = (db: Db) =>
  db
    .selectFrom('estates as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'));

export async function findEstate(db: Db, tenantId: string, id: string) {
  const r = await withOffice(db)
    .selectAll('e')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.id', '=', id)
    .executeTakeFirst();
  return r && { estate: toEstate(r), officePath: r.office_path, officeName: r.office_name };
}

export async function findBuilding(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('estate_buildings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toBuilding(r);
}

export async function findUnit(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('estate_units').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toUnit(r);
}

export async function findResident(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('estate_residents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toResident(r);
}

export async function buildingsOf(db: Db, tenantId: string, estateId: string) {
  const rows = await db
    .selectFrom('estate_buildings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .orderBy('name')
    .execute();
  return rows.map(toBuilding);
}

/** Room keys (building name, entrance, room) of an estate, for the import's duplicate check. */
export async function roomsOf(db: Db, tenantId: string, estateId: string) {
  return db
    .selectFrom('estate_units as u')
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .select(['u.id', 'b.name as building', 'u.entrance', 'u.room', 'u.active'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.estate_id', '=', estateId)
    .execute();
}

/** The owners and tenants living in an estate now (active), for another module's import to match names against. */
export async function activeResidentsOf(db: Db, tenantId: string, estateId: string) {
  const rows = await db
    .selectFrom('estate_residents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('estate_id', '=', estateId)
    .where('active', '=', 1)
    .orderBy('created_at')
    .execute();
  return rows.map(toResident);
}

export async function residentsOfUnit(db: Db, tenantId: string, unitId: string) {
  const rows = await db
    .selectFrom('estate_residents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('unit_id', '=', unitId)
    .orderBy('active', 'desc')
    .orderBy('created_at')
    .execute();
  return rows.map(toResident);
}

/** The first tenant (renter) still living in each of `unitIds`, for a picker that falls back to them without an owner. */
export async function firstRenters(db: Db, tenantId: string, unitIds: readonly string[]) {
  if (!unitIds.length) return new Map<string, { name: string; phone: string }>();
  const rows = await db
    .selectFrom('estate_residents')
    .select(['unit_id', 'name', 'phone'])
    .where('tenant_id', '=', tenantId)
    .where('unit_id', 'in', unitIds)
    .where('role', '=', 'renter')
    .where('active', '=', 1)
    .orderBy('created_at', 'desc')
    .execute();
  // newest first, so the earliest one is set last and wins (the same order the owner column takes)
  return new Map(rows.map((r) => [r.unit_id, { name: r.name, phone: r.phone }]));
}

// ---- lists ----

const ESTATE_SORT = { name: 'e.name', createdAt: 'e.created_at' } as const;

export async function listEstates(
  db: Db,
  tenantId: string,
  f: {
    scope: string[];
    officePath?: string | undefined;
    active?: boolean | undefined;
    q?: string | undefined;
    sort?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let q = withOffice(db)
    .selectAll('e')
    .select(['o.name as office_name'])
    .select((eb) => [
      eb
        .selectFrom('estate_buildings as b')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('b.tenant_id', '=', 'e.tenant_id')
        .whereRef('b.estate_id', '=', 'e.id')
        .as('building_count'),
      eb
        .selectFrom('estate_units as u')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('u.tenant_id', '=', 'e.tenant_id')
        .whereRef('u.estate_id', '=', 'e.id')
        .as('unit_count'),
    ])
    .where('e.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.officePath) q = q.where(pathWithin('o.path', [f.officePath]));
  if (f.active !== undefined) q = q.where('e.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['e.name', 'e.address'], f.q));
  const s = parseSort(f.sort, 'name');
  const { rows, total } = await fetchPage(
    q.orderBy(ESTATE_SORT[s.field as keyof typeof ESTATE_SORT] ?? 'e.name', s.direction).orderBy('e.id'),
    f.page,
    f.pageSize,
  );
  return {
    items: rows.map((r) => ({
      estate: toEstate(r),
      officeName: r.office_name,
      buildingCount: Number(r.building_count ?? 0),
      unitCount: Number(r.unit_count ?? 0),
    })),
    total,
  };
}

export async function listBuildings(
  db: Db,
  tenantId: string,
  f: { estateId: string; active?: boolean | undefined; q?: string | undefined; page: number; pageSize: number; sort?: string | undefined },
) {
  let q = db
    .selectFrom('estate_buildings as b')
    .selectAll('b')
    .select((eb) =>
      eb
        .selectFrom('estate_units as u')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('u.tenant_id', '=', 'b.tenant_id')
        .whereRef('u.building_id', '=', 'b.id')
        .as('unit_count'),
    )
    .where('b.tenant_id', '=', tenantId)
    .where('b.estate_id', '=', f.estateId);
  if (f.active !== undefined) q = q.where('b.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['b.name'], f.q));
  const s = parseSort(f.sort, 'name');
  const col = s.field === 'createdAt' ? 'b.created_at' : 'b.name';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('b.id'), f.page, f.pageSize);
  return { items: rows.map((r) => ({ building: toBuilding(r), unitCount: Number(r.unit_count ?? 0) })), total };
}

export interface UnitFilter {
  estateId?: string | undefined;
  buildingId?: string | undefined;
  use?: UnitUse | undefined;
  occupancy?: Occupancy | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const UNIT_SORT = { room: 'u.room', floor: 'u.floor', area: 'u.area_milli', building: 'b.name' } as const;

/** Units with their building, estate and current owner; `scope` limits them to the caller's offices. */
export async function listUnits(db: Db, tenantId: string, f: UnitFilter & { scope: string[] }) {
  let q = withOffice(db)
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.estate_id', '=', 'e.id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .selectAll('u')
    .select(['b.name as building_name', 'e.name as estate_name', 'o.name as office_name'])
    .select((eb) => [
      eb
        .selectFrom('estate_residents as r')
        .select('r.name')
        .whereRef('r.tenant_id', '=', 'u.tenant_id')
        .whereRef('r.unit_id', '=', 'u.id')
        .where('r.role', '=', 'owner')
        .where('r.active', '=', 1)
        .orderBy('r.created_at')
        .limit(1)
        .as('owner_name'),
      eb
        .selectFrom('estate_residents as r')
        .select('r.phone')
        .whereRef('r.tenant_id', '=', 'u.tenant_id')
        .whereRef('r.unit_id', '=', 'u.id')
        .where('r.role', '=', 'owner')
        .where('r.active', '=', 1)
        .orderBy('r.created_at')
        .limit(1)
        .as('owner_phone'),
    ])
    .where('e.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.estateId) q = q.where('u.estate_id', '=', f.estateId);
  if (f.buildingId) q = q.where('u.building_id', '=', f.buildingId);
  if (f.use) q = q.where('u.use', '=', f.use);
  if (f.occupancy) q = q.where('u.occupancy', '=', f.occupancy);
  if (f.active !== undefined) q = q.where('u.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(unitMatches(f.q, { unit: 'u', building: 'b' }));
  const s = parseSort(f.sort, 'building');
  const col = UNIT_SORT[s.field as keyof typeof UNIT_SORT] ?? 'b.name';
  const ordered = q
    .orderBy(col, s.direction)
    .orderBy('b.name')
    .orderBy('u.entrance')
    .orderBy(sql`length(u.room)`)
    .orderBy('u.room')
    .orderBy('u.id');
  const { rows, total } = await fetchPage(ordered, f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      unit: toUnit(r),
      buildingName: r.building_name,
      estateName: r.estate_name,
      officeName: r.office_name,
      ownerName: (r.owner_name as string | null) ?? null,
      ownerPhone: (r.owner_phone as string | null) ?? null,
    })),
    total,
  };
}

export interface ResidentFilter {
  estateId?: string | undefined;
  unitId?: string | undefined;
  role?: ResidentRole | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listResidents(db: Db, tenantId: string, f: ResidentFilter & { scope: string[] }) {
  let q = withOffice(db)
    .innerJoin('estate_residents as r', (j) => j.onRef('r.tenant_id', '=', 'e.tenant_id').onRef('r.estate_id', '=', 'e.id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.unit_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .selectAll('r')
    .select(['b.name as building_name', 'u.entrance', 'u.room', 'e.name as estate_name'])
    .where('e.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.estateId) q = q.where('r.estate_id', '=', f.estateId);
  if (f.unitId) q = q.where('r.unit_id', '=', f.unitId);
  if (f.role) q = q.where('r.role', '=', f.role);
  if (f.active !== undefined) q = q.where('r.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['r.name', 'r.phone', 'u.room', 'b.name'], f.q));
  const s = parseSort(f.sort, 'room');
  const col = s.field === 'name' ? 'r.name' : s.field === 'moveInDate' ? 'r.move_in_date' : 'b.name';
  const ordered = q.orderBy(col, s.direction).orderBy('u.entrance').orderBy(sql`length(u.room)`).orderBy('u.room').orderBy('r.id');
  const { rows, total } = await fetchPage(ordered, f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      resident: toResident(r),
      buildingName: r.building_name,
      entrance: r.entrance,
      room: r.room,
      estateName: r.estate_name,
    })),
    total,
  };
}
