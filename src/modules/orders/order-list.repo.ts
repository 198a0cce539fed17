/**
 * The orders list (A7: the office's and the worker's orders): a page of the orders a caller may read, filtered and
 * sorted, each as its summary, with the total.
 */
import type { Kysely, Selectable } from 'kysely';
import { relatedRowsInPage } from '../../platform/db/dialect.js';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import { type FieldStep, fieldStep } from './order.rules.js';
import type { Order, OrderState } from './order.types.js';
import { assigneesIn, assigneesOf, staffColumn } from './order-assignees.repo.js';
import type { OrderTable } from './orders.tables.js';

type Db = Kysely<Database>;

const n = (v: number | null) => (v === null ? null : Number(v));

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

/** What a row of the orders list shows of an order, and what its buttons are worked out from. */
export type OrderSummary = Pick<
  Order,
  | 'id'
  | 'number'
  | 'type'
  | 'officeId'
  | 'state'
  | 'version'
  | 'channel'
  | 'customerName'
  | 'customerPhone'
  | 'address'
  | 'description'
  | 'staffCount'
  | 'appointmentStart'
  | 'appointmentEnd'
  | 'totalFen'
  | 'requestedAt'
  | 'acceptedAt'
  | 'paidAt'
  | 'billing'
  | 'updatedAt'
> & { fieldStep: FieldStep | null };

// a list page reads these columns, not all 48: on SQLite each value read costs about 0.3 µs (a page of 20 with every
// column 160 µs, with these 85)
const SUMMARY_COLUMNS = [
  'orders.id',
  'orders.number',
  'orders.type',
  'orders.office_id',
  'orders.state',
  'orders.version',
  'orders.channel',
  'orders.customer_name',
  'orders.customer_phone',
  'orders.address',
  'orders.description',
  'orders.staff_count',
  'orders.appointment_start',
  'orders.appointment_end',
  'orders.total_fen',
  'orders.requested_at',
  'orders.assigned_at',
  'orders.departed_at',
  'orders.arrived_at',
  'orders.accepted_at',
  'orders.paid_at',
  'orders.billing',
  'orders.updated_at',
] as const;

type SummaryRow = Pick<Selectable<OrderTable>, (typeof SUMMARY_COLUMNS)[number] extends `orders.${infer C}` ? C & keyof OrderTable : never>;

function toSummary(r: SummaryRow): OrderSummary {
  return {
    id: r.id,
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
    appointmentStart: r.appointment_start,
    appointmentEnd: r.appointment_end,
    totalFen: Number(r.total_fen),
    requestedAt: r.requested_at,
    acceptedAt: r.accepted_at,
    paidAt: r.paid_at,
    billing: r.billing,
    updatedAt: r.updated_at,
    fieldStep: fieldStep({ state: r.state, assignedAt: r.assigned_at, departedAt: r.departed_at, arrivedAt: r.arrived_at }),
  };
}

export async function listOrders(db: Db, tenantId: string, f: OrderFilter) {
  const staffInPage = relatedRowsInPage(db);
  let q = db
    .selectFrom('orders')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'orders.tenant_id').onRef('o.id', '=', 'orders.office_id'))
    .select(SUMMARY_COLUMNS)
    .select(['o.path as office_path', 'o.name as office_name'])
    // each order's staff in the page's own statement where a statement is a round trip (the count clears it)
    .$if(staffInPage, (qb) => qb.select((eb) => staffColumn(db, eb).as('staff')))
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
  // else the page's staff in one more statement, not one per order
  const staffOf = staffInPage
    ? null
    : await assigneesOf(
        db,
        tenantId,
        rows.map((r) => r.id),
      );
  return {
    items: rows.map((r) => ({
      order: toSummary(r),
      officePath: r.office_path,
      officeName: r.office_name,
      assignees: staffOf ? (staffOf.get(r.id) ?? []) : assigneesIn(r.staff ?? '[]'),
    })),
    total,
  };
}
