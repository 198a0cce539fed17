import type { Kysely, Selectable, UpdateResult } from 'kysely';
import { jsonArrayOf, rowsOfJson, sortedBy } from '../../platform/db/dialect.js';
import { type Prepared, prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Order, OrderState } from './order.types.js';
import { assigneesIn, staffColumn } from './order-assignees.repo.js';
import { LINE_COLUMNS, toLine } from './order-lines.repo.js';
import { paymentColumn, paymentIn } from './order-payments.repo.js';
import { ROUND_COLUMNS, toRound } from './order-rounds.repo.js';
import type { OrderTable } from './orders.tables.js';

type Db = Kysely<Database>;

const n = (v: number | null) => (v === null ? null : Number(v));

function toOrder(r: Selectable<OrderTable>): Order {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    number: r.number,
    type: r.type,
    officeId: r.office_id,
    state: r.state,
    version: Number(r.version),
    channel: r.channel,
    customerName: r.customer_name,
    customerPhone: r.customer_phone,
    address: r.address,
    description: r.description,
    staffCount: n(r.staff_count),
    staffShortReason: r.staff_short_reason,
    appointmentStart: r.appointment_start,
    appointmentEnd: r.appointment_end,
    priceListId: r.price_list_id,
    priceAcceptedAt: r.price_accepted_at,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    serviceFeeFen: Number(r.service_fee_fen),
    materialFeeFen: Number(r.material_fee_fen),
    totalFen: Number(r.total_fen),
    requestedAt: r.requested_at,
    quotedAt: r.quoted_at,
    confirmedAt: r.confirmed_at,
    assignedAt: r.assigned_at,
    departedAt: r.departed_at,
    arrivedAt: r.arrived_at,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    acceptedAt: r.accepted_at,
    paidAt: r.paid_at,
    closedAt: r.closed_at,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    agreementId: r.agreement_id ?? null,
    unitId: r.unit_id ?? null,
    billing: r.billing,
    details: JSON.parse(r.details) as Order['details'],
    round: Number(r.round),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(o: Order): OrderTable {
  return {
    tenant_id: o.tenantId,
    id: o.id,
    number: o.number,
    type: o.type,
    office_id: o.officeId,
    state: o.state,
    version: o.version,
    channel: o.channel,
    customer_name: o.customerName,
    customer_phone: o.customerPhone,
    address: o.address,
    description: o.description,
    staff_count: o.staffCount,
    staff_short_reason: o.staffShortReason,
    appointment_start: o.appointmentStart,
    appointment_end: o.appointmentEnd,
    price_list_id: o.priceListId,
    price_accepted_at: o.priceAcceptedAt,
    approved_at: o.approvedAt,
    approved_by: o.approvedBy,
    service_fee_fen: o.serviceFeeFen,
    material_fee_fen: o.materialFeeFen,
    total_fen: o.totalFen,
    requested_at: o.requestedAt,
    quoted_at: o.quotedAt,
    confirmed_at: o.confirmedAt,
    assigned_at: o.assignedAt,
    departed_at: o.departedAt,
    arrived_at: o.arrivedAt,
    started_at: o.startedAt,
    completed_at: o.completedAt,
    accepted_at: o.acceptedAt,
    paid_at: o.paidAt,
    closed_at: o.closedAt,
    cancelled_at: o.cancelledAt,
    cancel_reason: o.cancelReason,
    agreement_id: o.agreementId,
    unit_id: o.unitId,
    billing: o.billing,
    details: JSON.stringify(o.details),
    round: o.round,
    created_by: o.createdBy,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  };
}

/** Inserts a new order; an agreement's visit names its agreement in the same row. */
export async function insertOrder(db: Db, o: Order) {
  await orderInserter(db, toRow(o));
}

/** The columns an order's update writes: every one but its identity, number and creation (the type lists them all). */
const WRITTEN: Record<Exclude<keyof OrderTable, 'tenant_id' | 'id' | 'number' | 'created_at'>, true> = {
  type: true,
  office_id: true,
  state: true,
  version: true,
  channel: true,
  customer_name: true,
  customer_phone: true,
  address: true,
  description: true,
  staff_count: true,
  staff_short_reason: true,
  appointment_start: true,
  appointment_end: true,
  price_list_id: true,
  price_accepted_at: true,
  approved_at: true,
  approved_by: true,
  service_fee_fen: true,
  material_fee_fen: true,
  total_fen: true,
  requested_at: true,
  quoted_at: true,
  confirmed_at: true,
  assigned_at: true,
  departed_at: true,
  arrived_at: true,
  started_at: true,
  completed_at: true,
  accepted_at: true,
  paid_at: true,
  closed_at: true,
  cancelled_at: true,
  cancel_reason: true,
  agreement_id: true,
  unit_id: true,
  billing: true,
  details: true,
  round: true,
  created_by: true,
  updated_at: true,
};

type WrittenColumn = keyof typeof WRITTEN;
const WRITTEN_COLUMNS = Object.keys(WRITTEN) as WrittenColumn[];

const INSERTED_COLUMNS: (keyof OrderTable)[] = ['tenant_id', 'id', 'number', 'created_at', ...WRITTEN_COLUMNS];

/** An intake's insert, every column named (a placeholder row has no keys of its own for Kysely to read). */
const orderInserter = prepared((db, a: OrderTable) =>
  db.insertInto('orders').values(Object.fromEntries(INSERTED_COLUMNS.map((c) => [c, a[c]])) as unknown as OrderTable),
);

/** One prepared update per set of columns written (a handful: each command changes the same few). */
const writers = new Map<string, Prepared<OrderTable & { expected_version: number }, UpdateResult>>();
const MAX_WRITERS = 256;

function writerOf(columns: readonly WrittenColumn[]) {
  const key = columns.join(',');
  const known = writers.get(key);
  if (known) return known;
  const writer = prepared((db, a: OrderTable & { expected_version: number }) =>
    db
      .updateTable('orders')
      .set(Object.fromEntries(columns.map((c) => [c, a[c]])))
      .where('tenant_id', '=', a.tenant_id)
      .where('id', '=', a.id)
      .where('version', '=', a.expected_version),
  );
  if (writers.size < MAX_WRITERS) writers.set(key, writer);
  return writer;
}

/**
 * Writes `after` over `before` if the order is still at `before`'s version; false when someone else got there first.
 * Only the columns that changed are written: SQLite rewrites every index over a column the statement sets, changed
 * or not, and an order has ten (half of a transition's pages in the WAL when every column was set).
 */
export async function updateOrder(db: Db, before: Order, after: Order): Promise<boolean> {
  const old = toRow(before);
  const row = toRow(after);
  const columns = WRITTEN_COLUMNS.filter((c) => c === 'version' || old[c] !== row[c]);
  const res = await writerOf(columns)(db, { ...row, expected_version: before.version });
  return Number(res.numAffectedRows) === 1;
}

const orderWithOffice = prepared((db, a: { tenantId: string; id: string }) =>
  db
    .selectFrom('orders')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .selectAll('orders')
    .select(['o.path as office_path', 'o.name as office_name'])
    // whether it has photos and materials, so its page does not read two tables that are most often empty for it
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('order_photos as p')
            .select('p.blob_id')
            .whereRef('p.tenant_id', '=', 'orders.tenant_id')
            .whereRef('p.order_id', '=', 'orders.id'),
        )
        .as('has_photos'),
      eb
        .exists(
          eb
            .selectFrom('order_materials as m')
            .select('m.line_no')
            .whereRef('m.tenant_id', '=', 'orders.tenant_id')
            .whereRef('m.order_id', '=', 'orders.id'),
        )
        .as('has_materials'),
      // its item lines, staff, work rounds and payment in the same statement: the steps and its page read them (a
      // statement, a round trip, each)
      jsonArrayOf(
        db,
        eb
          .selectFrom('order_lines as l')
          .select(LINE_COLUMNS.map((c) => `l.${c}` as const))
          .whereRef('l.tenant_id', '=', 'orders.tenant_id')
          .whereRef('l.order_id', '=', 'orders.id')
          .orderBy('l.line_no'),
      ).as('lines'),
      staffColumn(db, eb).as('staff'),
      jsonArrayOf(
        db,
        eb
          .selectFrom('order_rounds as r')
          .select(ROUND_COLUMNS.map((c) => `r.${c}` as const))
          .whereRef('r.tenant_id', '=', 'orders.tenant_id')
          .whereRef('r.order_id', '=', 'orders.id')
          .orderBy('r.round_no'),
      ).as('rounds'),
      paymentColumn(db, eb).as('payment'),
    ])
    .where('orders.tenant_id', '=', a.tenantId)
    .where('orders.id', '=', a.id),
);

/**
 * An order with the path of its office (for scope checks), its lines, staff and work rounds, and whether it has photos
 * and materials.
 */
export async function findOrder(db: Db, tenantId: string, id: string) {
  const [r] = (await orderWithOffice(db, { tenantId, id })).rows;
  return (
    r && {
      order: toOrder(r),
      officePath: r.office_path,
      officeName: r.office_name,
      hasPhotos: Boolean(r.has_photos),
      hasMaterials: Boolean(r.has_materials),
      lines: sortedBy(rowsOfJson(r.lines).map(toLine), (l) => l.lineNo),
      assignees: assigneesIn(r.staff),
      rounds: sortedBy(rowsOfJson(r.rounds).map(toRound), (w) => w.roundNo),
      payment: paymentIn(r.payment),
    }
  );
}

/** How many orders in `states` lie in the subtrees (the workbench's counts). */
export async function countInStates(db: Db, tenantId: string, scope: readonly string[], states: readonly OrderState[]) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('orders')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('orders.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', scope))
    .where('orders.state', 'in', [...states])
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** How many orders in `states` this user is assigned to now. */
export async function countAssignedTo(db: Db, tenantId: string, userId: string, states: readonly OrderState[]) {
  const r = await db
    .selectFrom('orders')
    .innerJoin('order_assignees as a', (j) => j.onRef('a.tenant_id', '=', 'orders.tenant_id').onRef('a.order_id', '=', 'orders.id'))
    .select((eb) => eb.fn.count('orders.id').distinct().as('n'))
    .where('orders.tenant_id', '=', tenantId)
    .where('a.user_id', '=', userId)
    .where('a.released_at', 'is', null)
    .where('orders.state', 'in', [...states])
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Orders of these types finished in [from, to) within the scope (A4.7 service times), with the people on them. */
export async function finishedIn(
  db: Db,
  tenantId: string,
  f: { scope: readonly string[]; officePath?: string | undefined; types: string[]; from: string; to: string },
) {
  let q = db
    .selectFrom('orders')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .select([
      'orders.id',
      'orders.number',
      'orders.type',
      'orders.customer_name',
      'orders.details',
      'orders.requested_at',
      'orders.arrived_at',
      'orders.started_at',
      'orders.completed_at',
    ])
    .where('orders.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope))
    .where('orders.type', 'in', f.types)
    .where('orders.completed_at', '>=', f.from)
    .where('orders.completed_at', '<', f.to)
    .where('orders.state', '!=', 'cancelled');
  if (f.officePath) q = q.where(pathWithin('o.path', [f.officePath]));
  const rows = await q.orderBy('orders.completed_at').orderBy('orders.id').limit(5000).execute();
  const staff = rows.length
    ? await db
        .selectFrom('order_assignees as a')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
        .select(['a.order_id', 'u.display_name'])
        .where('a.tenant_id', '=', tenantId)
        .where(
          'a.order_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('a.released_at', 'is', null)
        .orderBy('a.assigned_at')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    type: r.type,
    customerName: r.customer_name,
    details: JSON.parse(r.details) as Record<string, string | boolean>,
    staff: staff.filter((s) => s.order_id === r.id).map((s) => s.display_name),
    requestedAt: r.requested_at,
    arrivedAt: r.arrived_at,
    startedAt: r.started_at,
    completedAt: r.completed_at,
  }));
}
