import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { Assignee, MaterialLine, Order, OrderLine, OrderState, Payment, WorkRound } from './order.types.js';
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
  await db.insertInto('orders').values(toRow(o)).execute();
}

/** Writes the order if it is still at `expectedVersion`; false when someone else got there first. */
export async function updateOrder(db: Db, o: Order, expectedVersion: number): Promise<boolean> {
  const { tenant_id, id, number, created_at, ...changes } = toRow(o);
  const res = await db
    .updateTable('orders')
    .set(changes)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** An order with the path of its office (for scope checks). */
export async function findOrder(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('orders')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .selectAll('orders')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('orders.tenant_id', '=', tenantId)
    .where('orders.id', '=', id)
    .executeTakeFirst();
  return r && { order: toOrder(r), officePath: r.office_path, officeName: r.office_name };
}

export interface OrderFilter {
  /** Offices (paths) whose orders the caller may read. */
  scope: readonly string[];
  /** Also (or only, with `mine`) orders this user is assigned to. */
  assigneeId: string | null;
  mine?: boolean | undefined;
  officePath?: string | undefined;
  state?: OrderState[] | undefined;
  type?: string | undefined;
  staffId?: string | undefined;
  patientId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const ORDER_SORT = {
  requestedAt: 'orders.requested_at',
  number: 'orders.number',
  state: 'orders.state',
  appointmentStart: 'orders.appointment_start',
  totalFen: 'orders.total_fen',
} as const;

export async function listOrders(db: Db, tenantId: string, f: OrderFilter) {
  let q = db
    .selectFrom('orders')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .selectAll('orders')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('orders.tenant_id', '=', tenantId);
  const assigned = (userId: string) =>
    db
      .selectFrom('order_assignees as a')
      .select('a.order_id')
      .where('a.tenant_id', '=', tenantId)
      .where('a.user_id', '=', userId)
      .where('a.released_at', 'is', null);
  // "mine" with nobody to be (a token without orders.work, the system) is nothing, not everything
  if (f.mine) q = f.assigneeId ? q.where('orders.id', 'in', assigned(f.assigneeId)) : q.where(pathWithin('o.path', []));
  else if (f.assigneeId) q = q.where((eb) => eb.or([pathWithin('o.path', f.scope), eb('orders.id', 'in', assigned(f.assigneeId!))]));
  else q = q.where(pathWithin('o.path', f.scope));
  if (f.officePath) q = q.where(pathWithin('o.path', [f.officePath]));
  if (f.state?.length) q = q.where('orders.state', 'in', f.state);
  if (f.type) q = q.where('orders.type', '=', f.type);
  if (f.staffId) q = q.where('orders.id', 'in', assigned(f.staffId));
  // a uuid (checked by the schema) inside the details as JSON.stringify writes them, the same on both engines
  if (f.patientId) q = q.where('orders.details', 'like', `%"patientId":"${f.patientId}"%`);
  if (f.from) q = q.where('orders.requested_at', '>=', f.from);
  if (f.to) q = q.where('orders.requested_at', '<', f.to);
  if (f.q) q = q.where(containsText(['orders.number', 'orders.customer_name', 'orders.customer_phone', 'orders.address'], f.q));
  const { field, direction } = parseSort(f.sort, '-requestedAt');
  q = q.orderBy(ORDER_SORT[field as keyof typeof ORDER_SORT] ?? 'orders.requested_at', direction).orderBy('orders.id', direction);
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  return { items: rows.map((r) => ({ order: toOrder(r), officePath: r.office_path, officeName: r.office_name })), total };
}

export async function listLines(db: Db, tenantId: string, orderId: string): Promise<OrderLine[]> {
  const rows = await db
    .selectFrom('order_lines')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .orderBy('line_no')
    .execute();
  return rows.map((r) => ({
    lineNo: Number(r.line_no),
    itemId: r.item_id,
    itemName: r.item_name,
    unit: r.unit,
    unitPriceFen: n(r.unit_price_fen),
    quantityMilli: Number(r.quantity_milli),
    amountFen: n(r.amount_fen),
  }));
}

/** Replaces the item lines (they are part of the order, audited with it). */
export async function replaceLines(db: Db, tenantId: string, orderId: string, lines: OrderLine[]) {
  await db.deleteFrom('order_lines').where('tenant_id', '=', tenantId).where('order_id', '=', orderId).execute();
  if (lines.length) {
    await db
      .insertInto('order_lines')
      .values(
        lines.map((l) => ({
          tenant_id: tenantId,
          order_id: orderId,
          line_no: l.lineNo,
          item_id: l.itemId,
          item_name: l.itemName,
          unit: l.unit,
          unit_price_fen: l.unitPriceFen,
          quantity_milli: l.quantityMilli,
          amount_fen: l.amountFen,
        })),
      )
      .execute();
  }
}

export async function listMaterials(db: Db, tenantId: string, orderId: string): Promise<MaterialLine[]> {
  const rows = await db
    .selectFrom('order_materials')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .orderBy('line_no')
    .execute();
  return rows.map((r) => ({
    lineNo: Number(r.line_no),
    name: r.name,
    unitLabel: r.unit_label,
    unitPriceFen: Number(r.unit_price_fen),
    quantityMilli: Number(r.quantity_milli),
    amountFen: Number(r.amount_fen),
  }));
}

export async function replaceMaterials(db: Db, tenantId: string, orderId: string, lines: MaterialLine[]) {
  await db.deleteFrom('order_materials').where('tenant_id', '=', tenantId).where('order_id', '=', orderId).execute();
  if (lines.length) {
    await db
      .insertInto('order_materials')
      .values(
        lines.map((l) => ({
          tenant_id: tenantId,
          order_id: orderId,
          line_no: l.lineNo,
          name: l.name,
          unit_label: l.unitLabel,
          unit_price_fen: l.unitPriceFen,
          quantity_milli: l.quantityMilli,
          amount_fen: l.amountFen,
        })),
      )
      .execute();
  }
}

export async function listAssignees(db: Db, tenantId: string, orderId: string): Promise<Assignee[]> {
  return (await assigneesOf(db, tenantId, [orderId])).get(orderId) ?? [];
}

/** The staff of several orders in one query (a list page), each order's in the order they were assigned. */
export async function assigneesOf(db: Db, tenantId: string, orderIds: string[]): Promise<Map<string, Assignee[]>> {
  const byOrder = new Map<string, Assignee[]>(orderIds.map((id) => [id, []]));
  if (!orderIds.length) return byOrder;
  const rows = await db
    .selectFrom('order_assignees as a')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .select(['a.order_id', 'a.user_id', 'u.display_name', 'a.assigned_at', 'a.released_at'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.order_id', 'in', orderIds)
    .orderBy('a.assigned_at')
    .execute();
  for (const r of rows)
    byOrder.get(r.order_id)?.push({ userId: r.user_id, displayName: r.display_name, assignedAt: r.assigned_at, releasedAt: r.released_at });
  return byOrder;
}

/** Replaces who is on the order now; earlier assignees are kept, released. */
export async function reassign(db: Db, tenantId: string, orderId: string, userIds: string[], at: string, newId: () => string) {
  await db
    .updateTable('order_assignees')
    .set({ released_at: at })
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .where('released_at', 'is', null)
    .execute();
  // an outside person alone (A4.7) puts no one of the company on the order
  if (userIds.length === 0) return;
  await db
    .insertInto('order_assignees')
    .values(
      userIds.map((userId) => ({
        tenant_id: tenantId,
        id: newId(),
        order_id: orderId,
        user_id: userId,
        assigned_at: at,
        released_at: null,
      })),
    )
    .execute();
}

export async function listRounds(db: Db, tenantId: string, orderId: string): Promise<WorkRound[]> {
  const rows = await db
    .selectFrom('order_rounds')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .orderBy('round_no')
    .execute();
  return rows.map((r) => ({
    roundNo: Number(r.round_no),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    reason: r.reason,
    signerName: r.signer_name,
    signatureBlobId: r.signature_blob_id,
    decidedAt: r.decided_at,
  }));
}

export async function saveRound(db: Db, tenantId: string, orderId: string, r: WorkRound) {
  const values = {
    started_at: r.startedAt,
    finished_at: r.finishedAt,
    outcome: r.outcome,
    reason: r.reason,
    signer_name: r.signerName,
    signature_blob_id: r.signatureBlobId,
    decided_at: r.decidedAt,
  };
  await db
    .insertInto('order_rounds')
    .values({ tenant_id: tenantId, order_id: orderId, round_no: r.roundNo, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'order_id', 'round_no']).doUpdateSet(values))
    .execute();
}

export async function insertPayment(db: Db, tenantId: string, orderId: string, p: Payment) {
  await db
    .insertInto('order_payments')
    .values({
      tenant_id: tenantId,
      id: p.id,
      order_id: orderId,
      amount_fen: p.amountFen,
      method: p.method,
      collected_by: p.collectedBy,
      collected_by_name: p.collectedByName,
      collected_at: p.collectedAt,
    })
    .execute();
}

export async function findPayment(db: Db, tenantId: string, orderId: string): Promise<Payment | null> {
  const r = await db
    .selectFrom('order_payments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        amountFen: Number(r.amount_fen),
        method: r.method,
        collectedBy: r.collected_by,
        collectedByName: r.collected_by_name,
        collectedAt: r.collected_at,
      }
    : null;
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

/** The payments collected in [from, to) on orders of the subtrees, summed in fen. */
export async function sumPayments(db: Db, tenantId: string, scope: readonly string[], from: string, to: string) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('order_payments as p')
    .innerJoin('orders', (j) => j.onRef('orders.tenant_id', '=', 'p.tenant_id').onRef('orders.id', '=', 'p.order_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('p.amount_fen'), eb.lit(0)).as('fen'))
    .where('p.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', scope))
    .where('p.collected_at', '>=', from)
    .where('p.collected_at', '<', to)
    .executeTakeFirst();
  return Number(r?.fen ?? 0);
}

/** Orders of these types finished in [from, to) within the scope (A4.7 service times), with the people on them. */
export async function finishedIn(
  db: Db,
  tenantId: string,
  f: { scope: string[]; officePath?: string | undefined; types: string[]; from: string; to: string },
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
