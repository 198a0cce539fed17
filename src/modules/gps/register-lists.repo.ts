import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { CustomerKind, SimCarrier, SimState, TerminalState } from './gps.types.js';
import { toCustomer, toProduct, toSim, toTerminal, toVehicle } from './register.repo.js';

type Db = Kysely<Database>;

/** What every list takes: the caller's subtrees, one record (a get reads through its list), paging and sort. */
interface Common {
  scope: readonly string[];
  id?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}
interface Activity {
  active?: boolean | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: a join builder of any of the register's tables
const office = (alias: string) => (j: any) => j.onRef('o.tenant_id', '=', `${alias}.tenant_id`).onRef('o.id', '=', `${alias}.office_id`);

// ---- customers ----

export interface CustomerFilter extends Common, Activity {
  kind?: CustomerKind | undefined;
}
const CUSTOMER_SORT = { name: 'c.name', createdAt: 'c.created_at' } as const;

export async function listCustomers(db: Db, tenantId: string, f: CustomerFilter) {
  let q = db
    .selectFrom('gps_customers as c')
    .innerJoin('org_nodes as o', office('c'))
    .selectAll('c')
    .select(['o.path as office_path', 'o.name as office_name'])
    .select((eb) =>
      eb
        .selectFrom('gps_vehicles as v')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('v.tenant_id', '=', 'c.tenant_id')
        .whereRef('v.customer_id', '=', 'c.id')
        .where('v.active', '=', 1)
        .as('vehicle_count'),
    )
    .where('c.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('c.id', '=', f.id);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.active !== undefined) q = q.where('c.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['c.name', 'c.contact_name', 'c.phone', 'c.address'], f.q));
  const s = parseSort(f.sort, 'name');
  const col = CUSTOMER_SORT[s.field as keyof typeof CUSTOMER_SORT] ?? 'c.name';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('c.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      customer: toCustomer(r),
      officePath: r.office_path,
      officeName: r.office_name,
      vehicleCount: Number(r.vehicle_count ?? 0),
    })),
    total,
  };
}

// ---- vehicles ----

export interface VehicleFilter extends Common, Activity {
  customerId?: string | undefined;
  /** `q` as a plate is typed (normalised), matched against plates. */
  plateQ?: string | undefined;
}
const VEHICLE_SORT = { plate: 'v.plate', customer: 'c.name', createdAt: 'v.created_at' } as const;

export async function listVehicles(db: Db, tenantId: string, f: VehicleFilter) {
  let q = db
    .selectFrom('gps_vehicles as v')
    .innerJoin('org_nodes as o', office('v'))
    .innerJoin('gps_customers as c', (j) => j.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.customer_id'))
    .selectAll('v')
    .select(['o.path as office_path', 'c.name as customer_name'])
    .select((eb) =>
      eb
        .selectFrom('gps_terminals as t')
        .select((x) => x.fn.min('t.serial').as('serial'))
        .whereRef('t.tenant_id', '=', 'v.tenant_id')
        .whereRef('t.vehicle_id', '=', 'v.id')
        .as('terminal_serial'),
    )
    .where('v.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('v.id', '=', f.id);
  if (f.customerId) q = q.where('v.customer_id', '=', f.customerId);
  if (f.active !== undefined) q = q.where('v.active', '=', f.active ? 1 : 0);
  if (f.q) {
    const text = f.q;
    const plate = f.plateQ || text;
    q = q.where((eb) => eb.or([containsText(['v.plate'], plate), containsText(['v.driver_name', 'v.driver_phone', 'c.name'], text)]));
  }
  const s = parseSort(f.sort, 'plate');
  const col = VEHICLE_SORT[s.field as keyof typeof VEHICLE_SORT] ?? 'v.plate';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('v.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      vehicle: toVehicle(r),
      officePath: r.office_path,
      customerName: r.customer_name,
      terminalSerial: (r.terminal_serial as string | null) ?? null,
    })),
    total,
  };
}

// ---- products ----

export interface ProductFilter extends Common, Activity {}

export async function listProducts(db: Db, tenantId: string, f: ProductFilter) {
  let q = db
    .selectFrom('gps_products as p')
    .innerJoin('org_nodes as o', office('p'))
    .selectAll('p')
    .select(['o.path as office_path'])
    .select((eb) =>
      eb
        .selectFrom('gps_terminals as t')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('t.tenant_id', '=', 'p.tenant_id')
        .whereRef('t.product_id', '=', 'p.id')
        .where('t.state', '<>', 'scrapped')
        .as('terminal_count'),
    )
    .where('p.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('p.id', '=', f.id);
  if (f.active !== undefined) q = q.where('p.active', '=', f.active ? 1 : 0);
  if (f.q) q = q.where(containsText(['p.model_code', 'p.name'], f.q));
  const s = parseSort(f.sort, 'modelCode');
  const col = s.field === 'name' ? 'p.name' : 'p.model_code';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('p.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({ product: toProduct(r), officePath: r.office_path, terminalCount: Number(r.terminal_count ?? 0) })),
    total,
  };
}

// ---- terminals ----

export interface TerminalFilter extends Common {
  state?: TerminalState | undefined;
  productId?: string | undefined;
  vehicleId?: string | undefined;
  plateQ?: string | undefined;
}
const TERMINAL_SORT = { serial: 't.serial', soldOn: 't.sold_on', warrantyEnd: 't.warranty_end' } as const;

export async function listTerminals(db: Db, tenantId: string, f: TerminalFilter) {
  let q = db
    .selectFrom('gps_terminals as t')
    .innerJoin('org_nodes as o', office('t'))
    .innerJoin('gps_products as p', (j) => j.onRef('p.tenant_id', '=', 't.tenant_id').onRef('p.id', '=', 't.product_id'))
    .leftJoin('gps_vehicles as v', (j) => j.onRef('v.tenant_id', '=', 't.tenant_id').onRef('v.id', '=', 't.vehicle_id'))
    .leftJoin('gps_customers as c', (j) => j.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.id', '=', 'v.customer_id'))
    .leftJoin('gps_sims as s', (j) => j.onRef('s.tenant_id', '=', 't.tenant_id').onRef('s.terminal_id', '=', 't.id'))
    .selectAll('t')
    .select([
      'o.path as office_path',
      'p.model_code',
      'p.name as product_name',
      'v.plate',
      'c.name as customer_name',
      's.id as sim_id',
      's.number as sim_number',
    ])
    .where('t.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('t.id', '=', f.id);
  if (f.state) q = q.where('t.state', '=', f.state);
  if (f.productId) q = q.where('t.product_id', '=', f.productId);
  if (f.vehicleId) q = q.where('t.vehicle_id', '=', f.vehicleId);
  if (f.q) {
    const text = f.q;
    const plate = f.plateQ || text;
    q = q.where((eb) => eb.or([containsText(['v.plate'], plate), containsText(['t.serial', 's.number', 'c.name', 'p.model_code'], text)]));
  }
  const s = parseSort(f.sort, 'serial');
  const col = TERMINAL_SORT[s.field as keyof typeof TERMINAL_SORT] ?? 't.serial';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('t.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      terminal: toTerminal(r),
      officePath: r.office_path,
      modelCode: r.model_code,
      productName: r.product_name,
      plate: r.plate ?? null,
      customerName: r.customer_name ?? null,
      simId: r.sim_id ?? null,
      simNumber: r.sim_number ?? null,
    })),
    total,
  };
}

// ---- SIM cards ----

export interface SimFilter extends Common {
  state?: SimState | undefined;
  carrier?: SimCarrier | undefined;
  terminalId?: string | undefined;
}

export async function listSims(db: Db, tenantId: string, f: SimFilter) {
  let q = db
    .selectFrom('gps_sims as s')
    .innerJoin('org_nodes as o', office('s'))
    .leftJoin('gps_terminals as t', (j) => j.onRef('t.tenant_id', '=', 's.tenant_id').onRef('t.id', '=', 's.terminal_id'))
    .leftJoin('gps_vehicles as v', (j) => j.onRef('v.tenant_id', '=', 't.tenant_id').onRef('v.id', '=', 't.vehicle_id'))
    .selectAll('s')
    .select(['o.path as office_path', 't.serial as terminal_serial', 'v.plate'])
    .where('s.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.id) q = q.where('s.id', '=', f.id);
  if (f.state) q = q.where('s.state', '=', f.state);
  if (f.carrier) q = q.where('s.carrier', '=', f.carrier);
  if (f.terminalId) q = q.where('s.terminal_id', '=', f.terminalId);
  if (f.q) q = q.where(containsText(['s.number', 't.serial', 'v.plate'], f.q));
  const s = parseSort(f.sort, 'number');
  const col = s.field === 'createdAt' ? 's.created_at' : 's.number';
  const { rows, total } = await fetchPage(q.orderBy(col, s.direction).orderBy('s.id'), f.page, f.pageSize);
  return {
    items: rows.map((r) => ({
      sim: toSim(r),
      officePath: r.office_path,
      terminalSerial: r.terminal_serial ?? null,
      plate: r.plate ?? null,
    })),
    total,
  };
}
