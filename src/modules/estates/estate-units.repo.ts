/**
 * The units (房屋) of the estate register: their rows, inserts and updates, one unit, the rooms of an estate for the
 * import's duplicate check, and the list of units with their building, estate and current owner.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import { insertMany, updateByVersion, withOffice } from './estate.repo.js';
import type { Occupancy, Unit, UnitUse } from './estate.types.js';
import type { EstateUnitTable } from './estates.tables.js';
import { unitMatches } from './unit-search.js';

type Db = Kysely<Database>;

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

export const insertUnits = (db: Db, us: Unit[]) => insertMany(db, 'estate_units', us.map(unitRow));
export const updateUnit = (db: Db, u: Unit, v: number) => updateByVersion(db, 'estate_units', unitRow(u), v);

export async function findUnit(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('estate_units').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toUnit(r);
}

/** Units by id with where they are (estate, building) and their office's path: for naming them on other pages. */
export async function unitPlaces(db: Db, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('estate_units as u')
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'u.tenant_id').onRef('e.id', '=', 'u.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .select(['u.id', 'u.entrance', 'u.room', 'b.name as building_name', 'e.name as estate_name', 'o.path as office_path'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', 'in', ids)
    .execute();
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
export async function listUnits(db: Db, tenantId: string, f: UnitFilter & { scope: readonly string[] }) {
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
