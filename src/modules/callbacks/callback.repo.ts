/**
 * The `callbacks` rows (A7.4.10): writing them, reading them with their order, office, assignee, follow-up state and
 * complaint, the month's list, and the pending ones the late-callbacks monitor counts and lists. The draws, the
 * follow-ups and the counts have repos of their own (callback-draws, callback-follow-ups, callback-stats).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Callback, CallbackState } from './callback.types.js';
import type { CallbackTable } from './callbacks.tables.js';

type Db = Kysely<Database>;

const toRow = (tenantId: string, c: Callback): CallbackTable => ({
  tenant_id: tenantId,
  id: c.id,
  draw_id: c.drawId,
  office_id: c.officeId,
  month: c.month,
  order_id: c.orderId,
  assignee_id: c.assigneeId,
  state: c.state,
  reached: c.reached === null ? null : c.reached ? 1 : 0,
  satisfaction: c.satisfaction,
  comments: c.comments,
  follow_up: c.followUp,
  attempts: c.attempts,
  recorded_at: c.recordedAt,
  recorded_by: c.recordedBy,
  version: c.version,
  created_at: c.createdAt,
});

const fromRow = (r: CallbackTable): Callback => ({
  id: r.id,
  drawId: r.draw_id,
  officeId: r.office_id,
  month: r.month,
  orderId: r.order_id,
  assigneeId: r.assignee_id,
  state: r.state,
  reached: r.reached === null ? null : Number(r.reached) === 1,
  satisfaction: r.satisfaction,
  comments: r.comments,
  followUp: r.follow_up,
  attempts: Number(r.attempts),
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  version: Number(r.version),
  createdAt: r.created_at,
});

export async function insertCallbacks(db: Db, tenantId: string, list: Callback[]) {
  if (list.length)
    await db
      .insertInto('callbacks')
      .values(list.map((c) => toRow(tenantId, c)))
      .execute();
}

export async function updateCallback(db: Db, tenantId: string, c: Callback, expectedVersion: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, ...set } = toRow(tenantId, c);
  const r = await db
    .updateTable('callbacks')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', c.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

function callbackQuery(db: Db, tenantId: string) {
  return (
    db
      .selectFrom('callbacks as c')
      .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.order_id'))
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
      .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.assignee_id'))
      .leftJoin('callback_follow_ups as f', (j) => j.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.callback_id', '=', 'c.id'))
      // the follow-up's complaint in the feedback module (read-only, for its number and link): one record, not two
      .leftJoin('feedback as k', (j) => j.onRef('k.tenant_id', '=', 'c.tenant_id').onRef('k.callback_id', '=', 'c.id'))
      .selectAll('c')
      .select([
        'n.path as office_path',
        'n.name as office_name',
        'u.display_name as assignee_name',
        'o.number as order_number',
        'o.customer_name',
        'o.customer_phone',
        'o.address',
        'o.accepted_at',
        'f.state as follow_up_state',
        'k.id as complaint_id',
        'k.number as complaint_number',
      ])
      .where('c.tenant_id', '=', tenantId)
  );
}

type CallbackRow = Awaited<ReturnType<ReturnType<typeof callbackQuery>['executeTakeFirstOrThrow']>>;

const present = (r: CallbackRow) => ({
  callback: fromRow(r),
  officePath: r.office_path,
  officeName: r.office_name,
  assigneeName: r.assignee_name,
  order: {
    number: r.order_number,
    customerName: r.customer_name,
    customerPhone: r.customer_phone,
    address: r.address,
    acceptedAt: r.accepted_at,
  },
  followUpState: r.follow_up_state,
  complaint: r.complaint_id && r.complaint_number ? { id: r.complaint_id, number: r.complaint_number } : null,
});
export type LoadedCallback = ReturnType<typeof present>;

export async function findCallback(db: Db, tenantId: string, id: string): Promise<LoadedCallback | undefined> {
  const r = await callbackQuery(db, tenantId).where('c.id', '=', id).executeTakeFirst();
  return r && present(r);
}

export async function findCallbackByOrder(db: Db, tenantId: string, orderId: string): Promise<LoadedCallback | undefined> {
  const r = await callbackQuery(db, tenantId).where('c.order_id', '=', orderId).executeTakeFirst();
  return r && present(r);
}

export interface CallbackFilter {
  scope: readonly string[];
  month: string;
  state?: CallbackState | undefined;
}

export async function listCallbacks(db: Db, tenantId: string, f: CallbackFilter): Promise<LoadedCallback[]> {
  let q = callbackQuery(db, tenantId).where('c.month', '=', f.month).where(pathWithin('n.path', f.scope));
  if (f.state) q = q.where('c.state', '=', f.state);
  return (await q.orderBy('n.path').orderBy('o.accepted_at').execute()).map(present);
}

/** Callbacks still to do of `month` and the months before, in a subtree, per office and month (the monitor). */
export async function pendingByOffice(db: Db, tenantId: string, scopePath: string, throughMonth: string) {
  const rows = await db
    .selectFrom('callbacks as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
    .select(['c.office_id', 'n.path', 'n.name', 'c.month', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.tenant_id', '=', tenantId)
    .where('c.state', '=', 'to_do')
    .where('c.month', '<=', throughMonth)
    .where(pathWithin('n.path', [scopePath]))
    .groupBy(['c.office_id', 'n.path', 'n.name', 'c.month'])
    .execute();
  return rows.map((r) => ({ officeId: r.office_id, officePath: r.path, officeName: r.name, month: r.month, count: Number(r.n) }));
}

/** The pending callbacks of some office-months, oldest month first (the monitor's list). */
export async function pendingCallbacks(
  db: Db,
  tenantId: string,
  groups: readonly { officeId: string; month: string }[],
  page: { limit: number; offset: number },
) {
  if (!groups.length) return [];
  const rows = await callbackQuery(db, tenantId)
    .where('c.state', '=', 'to_do')
    .where((eb) => eb.or(groups.map((g) => eb.and([eb('c.office_id', '=', g.officeId), eb('c.month', '=', g.month)]))))
    .orderBy('c.month')
    .orderBy('n.path')
    .orderBy('c.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(present);
}
