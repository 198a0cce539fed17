/**
 * The staff on an order: who is on it now and who was released from it earlier, read for one order
 * or for a page of orders at once, and replaced when the order is (re)assigned (A7.3).
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import { jsonArrayOf, rowsOfJson, sortedBy } from '../../platform/db/dialect.js';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import type { Assignee } from './order.types.js';

type Db = Kysely<Database>;

/** The tenant's assignees with their names, in the order they were assigned (narrowed to a page's orders). */
const staffRows = (db: Db, tenantId: string) =>
  db
    .selectFrom('order_assignees as a')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .select(['a.order_id', 'a.user_id', 'u.display_name', 'a.assigned_at', 'a.released_at'])
    .where('a.tenant_id', '=', tenantId)
    .orderBy('a.assigned_at');

export const toAssignee = (r: { user_id: string; display_name: string; assigned_at: string; released_at: string | null }): Assignee => ({
  userId: r.user_id,
  displayName: r.display_name,
  assignedAt: r.assigned_at,
  releasedAt: r.released_at,
});

/**
 * An order's staff as one JSON array column of a query over `orders` (its load, a list page's rows), not a statement
 * of its own: on PostgreSQL each statement is a round trip. Read back with `assigneesIn`.
 */
export const staffColumn = (db: Db, eb: ExpressionBuilder<Database, 'orders'>) =>
  jsonArrayOf(
    db,
    eb
      .selectFrom('order_assignees as s')
      .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
      .select(['s.user_id', 'u.display_name', 's.assigned_at', 's.released_at'])
      .whereRef('s.tenant_id', '=', 'orders.tenant_id')
      .whereRef('s.order_id', '=', 'orders.id'),
  );

/** A `staffColumn` as read, in the order the staff were assigned (sorted here: a JSON array's order is not promised). */
export function assigneesIn(column: Parameters<typeof rowsOfJson<StaffJson>>[0]): Assignee[] {
  return sortedBy(rowsOfJson(column).map(toAssignee), (s) => s.assignedAt);
}

type StaffJson = { user_id: string; display_name: string; assigned_at: string; released_at: string | null };

/** The staff of several orders in one statement (a list page's), each order's in the order they were assigned. */
export async function assigneesOf(db: Db, tenantId: string, orderIds: string[]): Promise<Map<string, Assignee[]>> {
  const byOrder = new Map<string, Assignee[]>(orderIds.map((id) => [id, []]));
  if (!orderIds.length) return byOrder;
  const rows = await staffRows(db, tenantId).where('a.order_id', 'in', orderIds).execute();
  for (const r of rows) byOrder.get(r.order_id)?.push(toAssignee(r));
  return byOrder;
}

const releaseStaff = prepared((db, a: { tenantId: string; orderId: string; at: string }) =>
  db
    .updateTable('order_assignees')
    .set({ released_at: a.at })
    .where('tenant_id', '=', a.tenantId)
    .where('order_id', '=', a.orderId)
    .where('released_at', 'is', null),
);

const assigneeInserter = prepared((db, a: { tenantId: string; id: string; orderId: string; userId: string; at: string }) =>
  db
    .insertInto('order_assignees')
    .values({ tenant_id: a.tenantId, id: a.id, order_id: a.orderId, user_id: a.userId, assigned_at: a.at, released_at: null }),
);

/**
 * Replaces who is on the order now; earlier assignees are kept, released. Given the staff as the order's load read
 * them and the names of those put on it, it answers with the staff as they now stand, without reading them back.
 */
export async function reassign(
  db: Db,
  a: {
    tenantId: string;
    orderId: string;
    at: string;
    current: readonly Assignee[];
    staff: readonly { userId: string; displayName: string }[];
  },
  newId: () => string,
): Promise<Assignee[]> {
  const { tenantId, orderId, at } = a;
  // the first assignment has no one to release: no statement for it (on PostgreSQL each is a round trip)
  if (a.current.some((s) => !s.releasedAt)) await releaseStaff(db, { tenantId, orderId, at });
  // an outside person alone (A4.7) puts no one of the company on the order; a crew is a few people: a row each
  for (const { userId } of a.staff) await assigneeInserter(db, { tenantId, id: newId(), orderId, userId, at });
  return [
    ...a.current.map((s) => (s.releasedAt ? s : { ...s, releasedAt: at })),
    ...a.staff.map((s) => ({ userId: s.userId, displayName: s.displayName, assignedAt: at, releasedAt: null })),
  ];
}
