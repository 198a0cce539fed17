import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { SpaceOwnership } from './parking.types.js';
import { toCarPark, toSpace, toVehicle } from './register.repo.js';

type Db = Kysely<Database>;

/** What every list takes: the caller's subtrees, one record (a get reads through its list), paging and sort. */
interface Common {
  scope: readonly string[];
  id?: string | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Where a unit of the register is, for its address (null when the record names none). */
const unitWhere = (r: { estate_name: string; building_name: string | null; entrance: string | null; room: string | null }) =>
  r.building_name === null
    ? null
    : { estateName: r.estate_name, buildingName: r.building_name, entrance: r.entrance ?? '', room: r.room ?? '' };

// ---- car parks ----

export interface CarParkFilter extends Common {
  estateId?: string | undefined;
}

const CAR_PARK_SORT = { name: 'c.name', code: 'c.code' } as const;

/** Car parks of the caller's offices with their estate and how many active spaces each has. */
export async function listCarParks(db: Db, tenantId: string, f: CarParkFilter) {
  let q = db
    .selectFrom('car_parks as c')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
    .selectAll('c')
    .select(['o.path as office_path', 'o.name as office_name', 'e.name as estate_name'])
    .select((eb) =>
      eb
        .selectFrom('parking_spaces as s')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('s.tenant_id', '=', 'c.tenant_id')
        .whereRef('s.car_park_id', '=', 'c.id')
        .where('s.active', '=', 1)
        .as('space_count'),
    )
    .where('c.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('c.id', '=', f.id);
  if (f.estateId) q = q.where('c.estate_id', '=', f.estateId);
  if (f.active !== undefined) q = q.where('c.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['c.name', 'c.code'], f.q));
  const s = parseSort(f.sort, 'code');
  const col = CAR_PARK_SORT[s.field as keyof typeof CAR_PARK_SORT] ?? 'c.code';
  const { rows, total } = await fetchPage(q.orderBy('e.name').orderBy(col, s.direction).orderBy('c.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      carPark: toCarPark(r),
      officePath: r.office_path,
      officeName: r.office_name,
      estateName: r.estate_name,
      spaceCount: Number(r.space_count ?? 0),
    })),
    total,
  };
}

// ---- parking spaces ----

export interface SpaceFilter extends Common {
  carParkId?: string | undefined;
  estateId?: string | undefined;
  unitId?: string | undefined;
  ownership?: SpaceOwnership | undefined;
}

/** Spaces of the caller's offices with their car park and the unit that owns or rents them. */
export async function listSpaces(db: Db, tenantId: string, f: SpaceFilter) {
  let q = db
    .selectFrom('parking_spaces as s')
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.car_park_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
    .leftJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.unit_id'))
    .leftJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .selectAll('s')
    .select([
      'c.code as car_park_code',
      'c.name as car_park_name',
      'c.estate_id',
      'e.name as estate_name',
      'o.path as office_path',
      'b.name as building_name',
      'u.entrance',
      'u.room',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('s.id', '=', f.id);
  if (f.carParkId) q = q.where('s.car_park_id', '=', f.carParkId);
  if (f.estateId) q = q.where('c.estate_id', '=', f.estateId);
  if (f.unitId) q = q.where('s.unit_id', '=', f.unitId);
  if (f.ownership) q = q.where('s.ownership', '=', f.ownership);
  if (f.active !== undefined) q = q.where('s.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['s.number', 'u.room', 'b.name'], f.q));
  const s = parseSort(f.sort, 'number');
  // numbers sort as painted: A-9 before A-10
  const ordered = q
    .orderBy('e.name')
    .orderBy('c.code')
    .orderBy(sql`length(s.number)`, s.direction)
    .orderBy('s.number', s.direction)
    .orderBy('s.id');
  const { rows, total } = await fetchPage(ordered, f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      space: toSpace(r),
      officePath: r.office_path,
      carParkCode: r.car_park_code,
      carParkName: r.car_park_name,
      estateId: r.estate_id,
      estateName: r.estate_name,
      unit: unitWhere(r),
    })),
    total,
  };
}

// ---- vehicles ----

export interface VehicleFilter extends Common {
  estateId?: string | undefined;
  unitId?: string | undefined;
  /** `q` as a plate is typed (normalised), matched against plates. */
  plateQ?: string | undefined;
}

const VEHICLE_SORT = { plate: 'v.plate', holder: 'v.holder_name', createdAt: 'v.created_at' } as const;

/** Vehicles of the caller's offices with their unit and the holder's role on the register. */
export async function listVehicles(db: Db, tenantId: string, f: VehicleFilter) {
  let q = db
    .selectFrom('vehicles as v')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'v.tenant_id').onRef('o.id', '=', 'v.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'v.tenant_id').onRef('e.id', '=', 'v.estate_id'))
    .leftJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'v.tenant_id').onRef('u.id', '=', 'v.unit_id'))
    .leftJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .leftJoin('estate_residents as r', (j) => j.onRef('r.tenant_id', '=', 'v.tenant_id').onRef('r.id', '=', 'v.holder_resident_id'))
    .selectAll('v')
    .select(['o.path as office_path', 'e.name as estate_name', 'b.name as building_name', 'u.entrance', 'u.room', 'r.role as holder_role'])
    .where('v.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('v.id', '=', f.id);
  if (f.estateId) q = q.where('v.estate_id', '=', f.estateId);
  if (f.unitId) q = q.where('v.unit_id', '=', f.unitId);
  if (f.active !== undefined) q = q.where('v.active', '=', f.active ? 1 : 0);
  if (f.q) {
    const text = f.q;
    const plate = f.plateQ || text;
    // a vehicle is found by its plate however it is typed, its holder's name or phone, or its unit's building and room
    q = q.where((eb) =>
      eb.or([containsText(['v.plate'], plate), containsText(['v.holder_name', 'v.holder_phone', 'b.name', 'u.room'], text)]),
    );
  }
  const s = parseSort(f.sort, 'plate');
  const col = VEHICLE_SORT[s.field as keyof typeof VEHICLE_SORT] ?? 'v.plate';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('v.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      vehicle: toVehicle(r),
      officePath: r.office_path,
      estateName: r.estate_name,
      unit: unitWhere(r),
      holderRole: r.holder_role ?? null,
    })),
    total,
  };
}
