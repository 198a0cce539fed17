/**
 * The residents (住户) of the estate register: their rows, inserts and updates, one resident, the residents of a
 * unit or of an estate, the first renters of units, and the list of residents with their room.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import { insertMany, updateByVersion, withOffice } from './estate.repo.js';
import type { Resident, ResidentRole } from './estate.types.js';
import type { EstateResidentTable } from './estates.tables.js';

type Db = Kysely<Database>;

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

export const insertResidents = (db: Db, rs: Resident[]) => insertMany(db, 'estate_residents', rs.map(residentRow));
export const updateResident = (db: Db, r: Resident, v: number) => updateByVersion(db, 'estate_residents', residentRow(r), v);

export async function findResident(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('estate_residents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toResident(r);
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

export async function listResidents(db: Db, tenantId: string, f: ResidentFilter & { scope: readonly string[] }) {
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
