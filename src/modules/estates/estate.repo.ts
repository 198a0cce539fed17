/**
 * The estates (小区) and their buildings (楼栋): their rows, reads and lists, and the shared write helpers (chunked
 * inserts, updates by version) and the office join that the units' and residents' repos use as well.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { Building, Estate } from './estate.types.js';
import type { EstateBuildingTable, EstateTable } from './estates.tables.js';

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

// ---- writes: inserts in chunks (the import writes hundreds at once), updates by version ----

const CHUNK = 100;
export async function insertMany<T extends keyof Database & string>(db: Db, table: T, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    const chunk = rows.slice(i, i + CHUNK) as any;
    await db.insertInto(table).values(chunk).execute();
  }
}
export const insertEstate = (db: Db, e: Estate) => insertMany(db, 'estates', [estateRow(e)]);
export const insertBuildings = (db: Db, bs: Building[]) => insertMany(db, 'estate_buildings', bs.map(buildingRow));

export async function updateByVersion<T extends 'estates' | 'estate_buildings' | 'estate_units' | 'estate_residents'>(
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

// ---- reads: every record comes with its estate's office path, for the scope check ----

export const withOffice = (db: Db) =>
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

// ---- lists ----

const ESTATE_SORT = { name: 'e.name', createdAt: 'e.created_at' } as const;

export async function listEstates(
  db: Db,
  tenantId: string,
  f: {
    scope: readonly string[];
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
