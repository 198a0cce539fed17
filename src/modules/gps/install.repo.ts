import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage } from '../../platform/http/list.js';
import { type FieldStep, fieldStep } from '../orders/order.rules.js';
import type { GpsInstallRequestTable } from './install.tables.js';

type Db = Kysely<Database>;

export interface InstallRequest {
  id: string;
  number: string;
  officeId: string;
  customerId: string;
  customerName: string;
  contactName: string;
  phone: string;
  address: string;
  requirements: string;
  version: number;
  createdByName: string;
  createdAt: string;
}

/** A vehicle of a request with its register facts, its visit and what was fitted on it. */
export interface InstallVehicle {
  vehicleId: string;
  lineNo: number;
  plate: string;
  model: string;
  driverName: string;
  driverPhone: string;
  orderId: string | null;
  orderNumber: string | null;
  orderState: string | null;
  /** The visit is assigned and its staff have set off or arrived, as the order reads it. */
  orderFieldStep: FieldStep | null;
  terminalSerial: string | null;
  simNumber: string | null;
  fittedAt: string | null;
  fittedByName: string | null;
}

const requestQuery = (db: Db, tenantId: string) =>
  db
    .selectFrom('gps_install_requests as r')
    .innerJoin('gps_customers as c', (j) => j.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.customer_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'r.tenant_id').onRef('n.id', '=', 'r.office_id'))
    .selectAll('r')
    .select(['c.name as customer_name', 'n.path as office_path', 'n.name as office_name'])
    .where('r.tenant_id', '=', tenantId);

type RequestRow = GpsInstallRequestTable & { customer_name: string; office_path: string; office_name: string };
const toRequest = (r: RequestRow) => ({
  request: {
    id: r.id,
    number: r.number,
    officeId: r.office_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    contactName: r.contact_name,
    phone: r.phone,
    address: r.address,
    requirements: r.requirements,
    version: Number(r.version),
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  } satisfies InstallRequest,
  officePath: r.office_path,
  officeName: r.office_name,
});

export async function findRequest(db: Db, tenantId: string, id: string) {
  const row = await requestQuery(db, tenantId).where('r.id', '=', id).executeTakeFirst();
  return row ? toRequest(row) : null;
}

export async function listRequests(
  db: Db,
  tenantId: string,
  f: { scope: readonly string[]; officePath?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  let q = requestQuery(db, tenantId).where(pathWithin('n.path', f.scope));
  if (f.officePath) q = q.where(pathWithin('n.path', [f.officePath]));
  if (f.q) q = q.where(containsText(['r.number', 'c.name', 'r.contact_name', 'r.phone'], f.q));
  const { rows, total } = await fetchPage(q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc'), f.page, f.pageSize);
  return { items: rows.map(toRequest), total };
}

/** Each request's vehicle count, how many are dispatched and how many fitted, for the list. */
export async function progressOf(db: Db, tenantId: string, requestIds: string[]) {
  if (!requestIds.length) return new Map<string, { vehicles: number; dispatched: number; fitted: number }>();
  const rows = await db
    .selectFrom('gps_install_vehicles')
    .select(['request_id', 'order_id', 'fitted_at'])
    .where('tenant_id', '=', tenantId)
    .where('request_id', 'in', requestIds)
    .execute();
  const out = new Map<string, { vehicles: number; dispatched: number; fitted: number }>();
  for (const r of rows) {
    const p = out.get(r.request_id) ?? { vehicles: 0, dispatched: 0, fitted: 0 };
    p.vehicles += 1;
    if (r.order_id) p.dispatched += 1;
    if (r.fitted_at) p.fitted += 1;
    out.set(r.request_id, p);
  }
  return out;
}

export async function insertRequest(db: Db, tenantId: string, r: InstallRequest, vehicleIds: string[]) {
  await db
    .insertInto('gps_install_requests')
    .values({
      tenant_id: tenantId,
      id: r.id,
      number: r.number,
      office_id: r.officeId,
      customer_id: r.customerId,
      contact_name: r.contactName,
      phone: r.phone,
      address: r.address,
      requirements: r.requirements,
      version: r.version,
      created_by_name: r.createdByName,
      created_at: r.createdAt,
      updated_at: r.createdAt,
    })
    .execute();
  await db
    .insertInto('gps_install_vehicles')
    .values(vehicleIds.map((vehicle_id, i) => ({ tenant_id: tenantId, request_id: r.id, vehicle_id, line_no: i + 1 })))
    .execute();
}

/** The request's vehicles with the register's facts and the visit each is on (the orders table read for numbers). */
export async function listVehicles(db: Db, tenantId: string, requestId: string): Promise<InstallVehicle[]> {
  const rows = await db
    .selectFrom('gps_install_vehicles as iv')
    .innerJoin('gps_vehicles as v', (j) => j.onRef('v.tenant_id', '=', 'iv.tenant_id').onRef('v.id', '=', 'iv.vehicle_id'))
    .leftJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'iv.tenant_id').onRef('o.id', '=', 'iv.order_id'))
    .select([
      'iv.vehicle_id',
      'iv.line_no',
      'v.plate',
      'v.model',
      'v.driver_name',
      'v.driver_phone',
      'iv.order_id',
      'o.number as order_number',
      'o.state as order_state',
      'o.assigned_at as order_assigned_at',
      'o.departed_at as order_departed_at',
      'o.arrived_at as order_arrived_at',
      'iv.terminal_serial',
      'iv.sim_number',
      'iv.fitted_at',
      'iv.fitted_by_name',
    ])
    .where('iv.tenant_id', '=', tenantId)
    .where('iv.request_id', '=', requestId)
    .orderBy('iv.line_no')
    .execute();
  return rows.map((r) => ({
    vehicleId: r.vehicle_id,
    lineNo: Number(r.line_no),
    plate: r.plate,
    model: r.model,
    driverName: r.driver_name,
    driverPhone: r.driver_phone,
    orderId: r.order_id,
    orderNumber: r.order_number,
    orderState: r.order_state,
    orderFieldStep: r.order_state
      ? fieldStep({ state: r.order_state, assignedAt: r.order_assigned_at, departedAt: r.order_departed_at, arrivedAt: r.order_arrived_at })
      : null,
    terminalSerial: r.terminal_serial,
    simNumber: r.sim_number,
    fittedAt: r.fitted_at,
    fittedByName: r.fitted_by_name,
  }));
}

/** The vehicles a visit (installation order) fits, with the request they belong to. */
export async function vehiclesOfOrder(db: Db, tenantId: string, orderId: string) {
  return db
    .selectFrom('gps_install_vehicles')
    .select(['request_id', 'vehicle_id', 'fitted_at'])
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .execute();
}

export async function setVisit(db: Db, tenantId: string, requestId: string, vehicleIds: string[], orderId: string | null) {
  await db
    .updateTable('gps_install_vehicles')
    .set({ order_id: orderId })
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('vehicle_id', 'in', vehicleIds)
    .execute();
}

/** Releases the vehicles of a cancelled visit that were not fitted, so another visit can take them. */
export async function releaseVisit(db: Db, tenantId: string, orderId: string) {
  await db
    .updateTable('gps_install_vehicles')
    .set({ order_id: null })
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .where('fitted_at', 'is', null)
    .execute();
}

export async function recordFit(
  db: Db,
  tenantId: string,
  requestId: string,
  vehicleId: string,
  fit: { terminalSerial: string; simNumber: string; at: string; by: string },
) {
  const r = await db
    .updateTable('gps_install_vehicles')
    .set({ terminal_serial: fit.terminalSerial, sim_number: fit.simNumber, fitted_at: fit.at, fitted_by_name: fit.by })
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('vehicle_id', '=', vehicleId)
    .where('fitted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function touchRequest(db: Db, tenantId: string, id: string, version: number, at: string) {
  const r = await db
    .updateTable('gps_install_requests')
    .set({ version: version + 1, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The customer of a request, when active and kept at or under the given path; with its vehicles' ids. */
export async function customerAt(db: Db, tenantId: string, customerId: string) {
  const c = await db
    .selectFrom('gps_customers as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
    .select(['c.id', 'c.name', 'c.office_id', 'c.active', 'n.path'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.id', '=', customerId)
    .executeTakeFirst();
  if (!c) return null;
  const vehicles = await db
    .selectFrom('gps_vehicles')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('active', '=', 1)
    .execute();
  return { ...c, active: Number(c.active) === 1, vehicleIds: new Set(vehicles.map((v) => v.id)) };
}
