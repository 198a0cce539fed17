import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { GpsCustomerTable, GpsProductTable, GpsSimTable, GpsTerminalTable, GpsVehicleTable } from './gps.tables.js';
import type { Customer, GpsVehicle, Product, SimCard, Terminal } from './gps.types.js';

type Db = Kysely<Database>;
export type RegisterTable = 'gps_customers' | 'gps_vehicles' | 'gps_products' | 'gps_terminals' | 'gps_sims';

const stamps = (r: { tenant_id: string; id: string; office_id: string; version: number; created_at: string; updated_at: string }) => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const stampRow = (x: { tenantId: string; id: string; officeId: string; version: number; createdAt: string; updatedAt: string }) => ({
  tenant_id: x.tenantId,
  id: x.id,
  office_id: x.officeId,
  version: x.version,
  created_at: x.createdAt,
  updated_at: x.updatedAt,
});

export const toCustomer = (r: Selectable<GpsCustomerTable>): Customer => ({
  ...stamps(r),
  kind: r.kind,
  name: r.name,
  address: r.address,
  contactName: r.contact_name,
  phone: r.phone,
  note: r.note,
  active: Number(r.active) === 1,
});
export const toVehicle = (r: Selectable<GpsVehicleTable>): GpsVehicle => ({
  ...stamps(r),
  customerId: r.customer_id,
  plate: r.plate,
  model: r.model,
  driverName: r.driver_name,
  driverPhone: r.driver_phone,
  active: Number(r.active) === 1,
});
export const toProduct = (r: Selectable<GpsProductTable>): Product => ({
  ...stamps(r),
  modelCode: r.model_code,
  name: r.name,
  warrantyMonths: Number(r.warranty_months),
  active: Number(r.active) === 1,
});
export const toTerminal = (r: Selectable<GpsTerminalTable>): Terminal => ({
  ...stamps(r),
  serial: r.serial,
  productId: r.product_id,
  vehicleId: r.vehicle_id,
  soldOn: r.sold_on,
  warrantyEnd: r.warranty_end,
  state: r.state,
  note: r.note,
});
export const toSim = (r: Selectable<GpsSimTable>): SimCard => ({
  ...stamps(r),
  number: r.number,
  carrier: r.carrier,
  state: r.state,
  terminalId: r.terminal_id,
  note: r.note,
});

const customerRow = (c: Customer): GpsCustomerTable => ({
  ...stampRow(c),
  kind: c.kind,
  name: c.name,
  address: c.address,
  contact_name: c.contactName,
  phone: c.phone,
  note: c.note,
  active: c.active ? 1 : 0,
});
const vehicleRow = (v: GpsVehicle): GpsVehicleTable => ({
  ...stampRow(v),
  customer_id: v.customerId,
  plate: v.plate,
  model: v.model,
  driver_name: v.driverName,
  driver_phone: v.driverPhone,
  active: v.active ? 1 : 0,
});
const productRow = (p: Product): GpsProductTable => ({
  ...stampRow(p),
  model_code: p.modelCode,
  name: p.name,
  warranty_months: p.warrantyMonths,
  active: p.active ? 1 : 0,
});
const terminalRow = (t: Terminal): GpsTerminalTable => ({
  ...stampRow(t),
  serial: t.serial,
  product_id: t.productId,
  vehicle_id: t.vehicleId,
  sold_on: t.soldOn,
  warranty_end: t.warrantyEnd,
  state: t.state,
  note: t.note,
});
const simRow = (s: SimCard): GpsSimTable => ({
  ...stampRow(s),
  number: s.number,
  carrier: s.carrier,
  state: s.state,
  terminal_id: s.terminalId,
  note: s.note,
});

// ---- writes: inserts, and updates by version ----

async function insert<T extends RegisterTable>(db: Db, table: T, row: Database[T]) {
  await db
    .insertInto(table)
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    .values(row as any)
    .execute();
}
async function updateByVersion(db: Db, table: RegisterTable, row: { tenant_id: string; id: string; created_at: string }, expected: number) {
  const { tenant_id, id, created_at: _c, ...changes } = row;
  const res = await db
    .updateTable(table as 'gps_customers')
    // biome-ignore lint/suspicious/noExplicitAny: the row shapes are built by the typed mappers above
    .set(changes as any)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
export const insertCustomer = (db: Db, c: Customer) => insert(db, 'gps_customers', customerRow(c));
export const insertVehicle = (db: Db, v: GpsVehicle) => insert(db, 'gps_vehicles', vehicleRow(v));
export const insertProduct = (db: Db, p: Product) => insert(db, 'gps_products', productRow(p));
export const insertTerminal = (db: Db, t: Terminal) => insert(db, 'gps_terminals', terminalRow(t));
export const insertSim = (db: Db, s: SimCard) => insert(db, 'gps_sims', simRow(s));
export const updateCustomer = (db: Db, c: Customer, v: number) => updateByVersion(db, 'gps_customers', customerRow(c), v);
export const updateVehicle = (db: Db, x: GpsVehicle, v: number) => updateByVersion(db, 'gps_vehicles', vehicleRow(x), v);
export const updateProduct = (db: Db, p: Product, v: number) => updateByVersion(db, 'gps_products', productRow(p), v);
export const updateTerminal = (db: Db, t: Terminal, v: number) => updateByVersion(db, 'gps_terminals', terminalRow(t), v);
export const updateSim = (db: Db, s: SimCard, v: number) => updateByVersion(db, 'gps_sims', simRow(s), v);

// ---- reads of one record with its office's path (for the scope check) ----

async function findIn<T extends RegisterTable>(db: Db, table: T, tenantId: string, where: { id?: string; key?: [string, string] }) {
  let q = db
    .selectFrom(`${table} as x` as 'gps_customers as x')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'x.tenant_id').onRef('o.id', '=', 'x.office_id'))
    .selectAll('x')
    .select(['o.path as office_path'])
    .where('x.tenant_id', '=', tenantId);
  if (where.id) q = q.where('x.id', '=', where.id);
  // biome-ignore lint/suspicious/noExplicitAny: the natural key's column is one of the table's own
  if (where.key) q = q.where(`x.${where.key[0]}` as any, '=', where.key[1]);
  return (await q.executeTakeFirst()) as unknown as (Selectable<Database[T]> & { office_path: string }) | undefined;
}

export async function findCustomer(db: Db, tenantId: string, id: string) {
  const r = await findIn(db, 'gps_customers', tenantId, { id });
  return r && { customer: toCustomer(r), officePath: r.office_path };
}
export async function findVehicle(db: Db, tenantId: string, id: string) {
  const r = await findIn(db, 'gps_vehicles', tenantId, { id });
  return r && { vehicle: toVehicle(r), officePath: r.office_path };
}
export async function findProduct(db: Db, tenantId: string, id: string) {
  const r = await findIn(db, 'gps_products', tenantId, { id });
  return r && { product: toProduct(r), officePath: r.office_path };
}
export async function findTerminal(db: Db, tenantId: string, id: string) {
  const r = await findIn(db, 'gps_terminals', tenantId, { id });
  return r && { terminal: toTerminal(r), officePath: r.office_path };
}
export async function findSim(db: Db, tenantId: string, id: string) {
  const r = await findIn(db, 'gps_sims', tenantId, { id });
  return r && { sim: toSim(r), officePath: r.office_path };
}
export async function terminalBySerial(db: Db, tenantId: string, serial: string) {
  const r = await findIn(db, 'gps_terminals', tenantId, { key: ['serial', serial] });
  return r && { terminal: toTerminal(r), officePath: r.office_path };
}
export async function simByNumber(db: Db, tenantId: string, number: string) {
  const r = await findIn(db, 'gps_sims', tenantId, { key: ['number', number] });
  return r && { sim: toSim(r), officePath: r.office_path };
}
export async function productByCode(db: Db, tenantId: string, modelCode: string) {
  const r = await findIn(db, 'gps_products', tenantId, { key: ['model_code', modelCode] });
  return r && { product: toProduct(r), officePath: r.office_path };
}

/** The active vehicle of a plate (one at most in the tenant). */
export async function activeVehicleByPlate(db: Db, tenantId: string, plate: string) {
  const r = await db
    .selectFrom('gps_vehicles as x')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'x.tenant_id').onRef('o.id', '=', 'x.office_id'))
    .selectAll('x')
    .select(['o.path as office_path'])
    .where('x.tenant_id', '=', tenantId)
    .where('x.plate', '=', plate)
    .where('x.active', '=', 1)
    .executeTakeFirst();
  return r && { vehicle: toVehicle(r), officePath: r.office_path };
}

/** The active customer of a name at an office. */
export async function activeCustomerByName(db: Db, tenantId: string, officeId: string, name: string) {
  const r = await db
    .selectFrom('gps_customers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('name', '=', name)
    .where('active', '=', 1)
    .executeTakeFirst();
  return r && toCustomer(r);
}

/** The SIM card fitted in a terminal, if any. */
export async function simOfTerminal(db: Db, tenantId: string, terminalId: string) {
  const r = await db
    .selectFrom('gps_sims')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('terminal_id', '=', terminalId)
    .executeTakeFirst();
  return r && toSim(r);
}

/** The terminals on a vehicle. */
export async function terminalsOnVehicle(db: Db, tenantId: string, vehicleId: string) {
  const rows = await db
    .selectFrom('gps_terminals')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('vehicle_id', '=', vehicleId)
    .execute();
  return rows.map(toTerminal);
}

// ---- what a write checks first (the unique indexes stay the last guard against a concurrent writer) ----

export async function customerNameTaken(db: Db, tenantId: string, officeId: string, name: string, except?: string) {
  let q = db
    .selectFrom('gps_customers')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('name', '=', name)
    .where('active', '=', 1);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}
export async function plateTaken(db: Db, tenantId: string, plate: string, except?: string) {
  let q = db.selectFrom('gps_vehicles').select('id').where('tenant_id', '=', tenantId).where('plate', '=', plate).where('active', '=', 1);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}
export async function modelCodeTaken(db: Db, tenantId: string, code: string, except?: string) {
  let q = db.selectFrom('gps_products').select('id').where('tenant_id', '=', tenantId).where('model_code', '=', code);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}
export async function serialTaken(db: Db, tenantId: string, serial: string, except?: string) {
  let q = db.selectFrom('gps_terminals').select('id').where('tenant_id', '=', tenantId).where('serial', '=', serial);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}
export async function simNumberTaken(db: Db, tenantId: string, number: string, except?: string) {
  let q = db.selectFrom('gps_sims').select('id').where('tenant_id', '=', tenantId).where('number', '=', number);
  if (except) q = q.where('id', '<>', except);
  return Boolean(await q.executeTakeFirst());
}
