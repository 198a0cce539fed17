import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage } from '../../platform/http/list.js';
import type { ParkingGateImportTable, ParkingGateMappingTable, ParkingStayTable } from './parking.tables.js';
import type { StayState } from './parking.types.js';
import type { GateImport, GateMappingRecord, ParkingStay } from './parking-stay.types.js';

type Db = Kysely<Database>;

const num = (v: number | string | bigint | null) => (v === null ? null : Number(v));

export const toStay = (r: Selectable<ParkingStayTable>): ParkingStay => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  carParkId: r.car_park_id,
  plate: r.plate,
  enteredAt: r.entered_at,
  exitedAt: r.exited_at,
  source: r.source,
  recordKey: r.record_key,
  importId: r.import_id,
  vehicleId: r.vehicle_id,
  passId: r.pass_id,
  standardId: r.standard_id,
  chargeFen: num(r.charge_fen),
  state: r.state,
  collectionId: r.collection_id,
  waiveReason: r.waive_reason,
  waivedBy: r.waived_by,
  waivedByName: r.waived_by_name,
  waivedAt: r.waived_at,
  recordedBy: r.recorded_by,
  recordedByName: r.recorded_by_name,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const stayRow = (s: ParkingStay): ParkingStayTable => ({
  tenant_id: s.tenantId,
  id: s.id,
  office_id: s.officeId,
  estate_id: s.estateId,
  car_park_id: s.carParkId,
  plate: s.plate,
  entered_at: s.enteredAt,
  exited_at: s.exitedAt,
  source: s.source,
  record_key: s.recordKey,
  import_id: s.importId,
  vehicle_id: s.vehicleId,
  pass_id: s.passId,
  standard_id: s.standardId,
  charge_fen: s.chargeFen,
  state: s.state,
  collection_id: s.collectionId,
  waive_reason: s.waiveReason,
  waived_by: s.waivedBy,
  waived_by_name: s.waivedByName,
  waived_at: s.waivedAt,
  recorded_by: s.recordedBy,
  recorded_by_name: s.recordedByName,
  version: s.version,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

export const insertStay = (db: Db, s: ParkingStay) => db.insertInto('parking_stays').values(stayRow(s)).execute();

/** Saves a stay if nobody changed it since `expected`; false when someone did. */
export async function updateStay(db: Db, s: ParkingStay, expected: number): Promise<boolean> {
  const { tenant_id, id, created_at: _c, ...changes } = stayRow(s);
  const res = await db
    .updateTable('parking_stays')
    .set(changes)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A stay with the path of its car park's office (for the caller's scope). */
export async function findStay(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('parking_stays as s')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .selectAll('s')
    .select('o.path as office_path')
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', id)
    .executeTakeFirst();
  return r && { stay: toStay(r), officePath: r.office_path };
}

const inPark = (db: Db, tenantId: string, carParkId: string) =>
  db.selectFrom('parking_stays').selectAll().where('tenant_id', '=', tenantId).where('car_park_id', '=', carParkId);

/** The stay an import's row is known by (its record key), if any. */
export async function stayByKey(db: Db, tenantId: string, carParkId: string, key: string) {
  const r = await inPark(db, tenantId, carParkId).where('record_key', '=', key).executeTakeFirst();
  return r ? toStay(r) : null;
}

/** The car of a plate inside the car park now (the latest entry, when an import left two). */
export async function parkedStay(db: Db, tenantId: string, carParkId: string, plate: string, enteredBy?: string) {
  let q = inPark(db, tenantId, carParkId).where('plate', '=', plate).where('state', '=', 'parked');
  if (enteredBy) q = q.where('entered_at', '<=', enteredBy);
  const r = await q.orderBy('entered_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return r ? toStay(r) : null;
}

/** A stay of the plate that left at that instant (an exit-only row imported again finds the stay it completed). */
export async function stayExitedAt(db: Db, tenantId: string, carParkId: string, plate: string, exitedAt: string) {
  const r = await inPark(db, tenantId, carParkId).where('plate', '=', plate).where('exited_at', '=', exitedAt).executeTakeFirst();
  return r ? toStay(r) : null;
}

export interface StayFilter {
  scope: readonly string[];
  id?: string | undefined;
  carParkId?: string | undefined;
  /** Stays that entered or left within [from, to) (UTC instants of a business day's bounds). */
  from?: string | undefined;
  to?: string | undefined;
  states?: readonly StayState[] | undefined;
  /** Part of a normalised plate. */
  plate?: string | undefined;
  importId?: string | undefined;
  sort?: 'entered' | 'exited' | undefined;
  desc?: boolean | undefined;
  page: number;
  pageSize: number;
}

/** Stays of the caller's offices with their car park's code and name and the estate's name. */
export async function listStays(db: Db, tenantId: string, f: StayFilter) {
  let q = db
    .selectFrom('parking_stays as s')
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.car_park_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .selectAll('s')
    .select(['c.code as car_park_code', 'c.name as car_park_name', 'e.name as estate_name', 'o.path as office_path'])
    .where('s.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('s.id', '=', f.id);
  if (f.carParkId) q = q.where('s.car_park_id', '=', f.carParkId);
  if (f.importId) q = q.where('s.import_id', '=', f.importId);
  if (f.states?.length) q = q.where('s.state', 'in', f.states);
  if (f.plate) q = q.where('s.plate', 'like', `%${f.plate.replace(/[%_\\]/g, '')}%`);
  const { from, to } = f;
  if (from && to)
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('s.entered_at', '>=', from), eb('s.entered_at', '<', to)]),
        eb.and([eb('s.exited_at', '>=', from), eb('s.exited_at', '<', to)]),
      ]),
    );
  const dir = f.desc === false ? 'asc' : 'desc';
  // a stay without the sorted instant (parked: no exit; unmatched: no entry) sorts by the one it has
  const at = f.sort === 'entered' ? sql<string>`coalesce(s.entered_at, s.exited_at)` : sql<string>`coalesce(s.exited_at, s.entered_at)`;
  const { rows, total } = await fetchPage(q.orderBy(at, dir).orderBy('s.id', dir), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      stay: toStay(r),
      officePath: r.office_path,
      carParkCode: r.car_park_code,
      carParkName: r.car_park_name,
      estateName: r.estate_name,
    })),
    total,
  };
}

// ---- the gate mapping ----

const toMapping = (r: Selectable<ParkingGateMappingTable>): GateMappingRecord => ({
  carParkId: r.car_park_id,
  plateColumn: r.plate_column,
  enteredColumn: r.entered_column,
  exitedColumn: r.exited_column,
  recordColumn: r.record_column,
  version: Number(r.version),
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export async function findMapping(db: Db, tenantId: string, carParkId: string) {
  const r = await db
    .selectFrom('parking_gate_mappings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', '=', carParkId)
    .executeTakeFirst();
  return r ? toMapping(r) : null;
}

const mappingRow = (tenantId: string, m: GateMappingRecord): ParkingGateMappingTable => ({
  tenant_id: tenantId,
  car_park_id: m.carParkId,
  plate_column: m.plateColumn,
  entered_column: m.enteredColumn,
  exited_column: m.exitedColumn,
  record_column: m.recordColumn,
  version: m.version,
  updated_by: m.updatedBy,
  updated_at: m.updatedAt,
});

export const insertMapping = (db: Db, tenantId: string, m: GateMappingRecord) =>
  db.insertInto('parking_gate_mappings').values(mappingRow(tenantId, m)).execute();

export async function updateMapping(db: Db, tenantId: string, m: GateMappingRecord, expected: number): Promise<boolean> {
  const { tenant_id: _t, car_park_id: _c, ...changes } = mappingRow(tenantId, m);
  const res = await db
    .updateTable('parking_gate_mappings')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', '=', m.carParkId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// ---- imports ----

const toImport = (r: Selectable<ParkingGateImportTable>): GateImport => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  carParkId: r.car_park_id,
  fileName: r.file_name,
  fileSha256: r.file_sha256,
  rows: Number(r.rows),
  added: Number(r.added),
  completed: Number(r.completed),
  unchanged: Number(r.unchanged),
  unmatched: Number(r.unmatched),
  importedBy: r.imported_by,
  importedByName: r.imported_by_name,
  importedAt: r.imported_at,
});

export const insertImport = (db: Db, i: GateImport) =>
  db
    .insertInto('parking_gate_imports')
    .values({
      tenant_id: i.tenantId,
      id: i.id,
      office_id: i.officeId,
      car_park_id: i.carParkId,
      file_name: i.fileName,
      file_sha256: i.fileSha256,
      rows: i.rows,
      added: i.added,
      completed: i.completed,
      unchanged: i.unchanged,
      unmatched: i.unmatched,
      imported_by: i.importedBy,
      imported_by_name: i.importedByName,
      imported_at: i.importedAt,
    })
    .execute();

export interface ImportFilter {
  scope: readonly string[];
  id?: string | undefined;
  carParkId?: string | undefined;
  page: number;
  pageSize: number;
}

/** Imports of the caller's offices, the latest first, with their car park. */
export async function listImports(db: Db, tenantId: string, f: ImportFilter) {
  let q = db
    .selectFrom('parking_gate_imports as i')
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.car_park_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'i.tenant_id').onRef('o.id', '=', 'i.office_id'))
    .selectAll('i')
    .select(['c.code as car_park_code', 'c.name as car_park_name', 'o.path as office_path'])
    .where('i.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('i.id', '=', f.id);
  if (f.carParkId) q = q.where('i.car_park_id', '=', f.carParkId);
  const { rows, total } = await fetchPage(q.orderBy('i.imported_at', 'desc').orderBy('i.id', 'desc'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      import: toImport(r),
      officePath: r.office_path,
      carParkCode: r.car_park_code,
      carParkName: r.car_park_name,
    })),
    total,
  };
}
