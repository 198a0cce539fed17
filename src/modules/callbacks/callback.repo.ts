import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Callback, CallbackDraw, CallbackState, ComplaintFollowUp, Satisfaction } from './callback.types.js';
import type { CallbackFollowUpTable, CallbackTable } from './callbacks.tables.js';

type Db = Kysely<Database>;

/** Accepted orders of the types of an office whose acceptance falls in [from, to): the candidates of a draw, in id order. */
export async function acceptedOrderIds(
  db: Db,
  tenantId: string,
  officeId: string,
  from: string,
  to: string,
  types: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('orders')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('accepted_at', '>=', from)
    .where('accepted_at', '<', to)
    .where('state', 'in', ['accepted', 'paid', 'closed'])
    .where('type', 'in', [...types])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The first active holder of the customer-service supervisor role granted at the office or above it. */
export async function supervisorFor(db: Db, tenantId: string, officePath: string): Promise<string | null> {
  const row = await db
    .selectFrom('grants as g')
    .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'g.tenant_id').onRef('n.id', '=', 'g.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
    .select('g.user_id')
    .where('g.tenant_id', '=', tenantId)
    .where('r.code', '=', 'customer_service_supervisor')
    .where('g.revoked_at', 'is', null)
    .where('u.active', '=', 1)
    .where(sql<boolean>`${officePath} like n.path || '%'`)
    // the nearest grant first (the office's own supervisor before a company-wide one)
    .orderBy('n.depth', 'desc')
    .orderBy('g.created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function findDraw(db: Db, tenantId: string, officeId: string, month: string) {
  return db
    .selectFrom('callback_draws')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function insertDraw(db: Db, tenantId: string, d: CallbackDraw) {
  await db
    .insertInto('callback_draws')
    .values({
      tenant_id: tenantId,
      id: d.id,
      office_id: d.officeId,
      month: d.month,
      seed: d.seed,
      candidate_ids_json: JSON.stringify(d.candidateIds),
      sample_size: d.sampleSize,
      sampled_ids_json: JSON.stringify(d.sampledIds),
      drawn_at: d.drawnAt,
    })
    .execute();
}

const drawOf = (r: Database['callback_draws']): CallbackDraw => ({
  id: r.id,
  officeId: r.office_id,
  month: r.month,
  seed: r.seed,
  candidateIds: JSON.parse(r.candidate_ids_json) as string[],
  sampleSize: Number(r.sample_size),
  sampledIds: JSON.parse(r.sampled_ids_json) as string[],
  drawnAt: r.drawn_at,
});

/** A draw with its office's path and name. */
export async function getDraw(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('callback_draws as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.office_id'))
    .selectAll('d')
    .select(['n.path as office_path', 'n.name as office_name'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.id', '=', id)
    .executeTakeFirst();
  return r ? { draw: drawOf(r), officePath: r.office_path, officeName: r.office_name } : undefined;
}

/** The draws of one month in the subtrees. */
export async function listDraws(db: Db, tenantId: string, scope: readonly string[], month: string) {
  const rows = await db
    .selectFrom('callback_draws as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.office_id'))
    .selectAll('d')
    .select(['n.name as office_name'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.month', '=', month)
    .where(pathWithin('n.path', scope))
    .orderBy('n.path')
    .execute();
  return rows.map((r) => ({ ...drawOf(r), officeName: r.office_name }));
}

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

/** Callbacks of the months in the subtrees, counted by month and outcome. */
export async function outcomesByMonth(db: Db, tenantId: string, scope: readonly string[], months: readonly string[]) {
  const rows = await db
    .selectFrom('callbacks as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
    .select(['c.month', 'c.state', 'c.reached', 'c.satisfaction', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.tenant_id', '=', tenantId)
    .where('c.month', 'in', months)
    .where(pathWithin('n.path', scope))
    .groupBy(['c.month', 'c.state', 'c.reached', 'c.satisfaction'])
    .execute();
  return rows.map(outcome);
}

const outcome = <R extends { state: CallbackState; reached: number | null; satisfaction: Satisfaction | null; n: number | string }>(
  r: R,
) => ({
  ...r,
  reached: r.reached === null ? null : Number(r.reached) === 1,
  n: Number(r.n),
});

/** Callbacks of one month in the subtrees, counted by the staff who did the sampled order and outcome. */
export async function outcomesByStaff(db: Db, tenantId: string, scope: readonly string[], month: string) {
  const rows = await db
    .selectFrom('callbacks as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
    .innerJoin('order_assignees as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.order_id', '=', 'c.order_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .select(['a.user_id', 'u.display_name', 'c.state', 'c.reached', 'c.satisfaction', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.tenant_id', '=', tenantId)
    .where('c.month', '=', month)
    .where('a.released_at', 'is', null)
    .where(pathWithin('n.path', scope))
    .groupBy(['a.user_id', 'u.display_name', 'c.state', 'c.reached', 'c.satisfaction'])
    .execute();
  return rows.map(outcome);
}

/** Callbacks of one month in the subtrees, counted by the service item of the sampled order's lines and outcome. */
export async function outcomesByItem(db: Db, tenantId: string, scope: readonly string[], month: string) {
  const rows = await db
    .selectFrom('callbacks as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
    .innerJoin('order_lines as l', (j) => j.onRef('l.tenant_id', '=', 'c.tenant_id').onRef('l.order_id', '=', 'c.order_id'))
    .select([
      'l.item_id',
      (eb) => eb.fn.max('l.item_name').as('item_name'),
      'c.state',
      'c.reached',
      'c.satisfaction',
      // an order listing the same item twice is still one callback for it
      (eb) => eb.fn.count<number | string>('c.id').distinct().as('n'),
    ])
    .where('c.tenant_id', '=', tenantId)
    .where('c.month', '=', month)
    .where(pathWithin('n.path', scope))
    .groupBy(['l.item_id', 'c.state', 'c.reached', 'c.satisfaction'])
    .execute();
  return rows.map(outcome);
}

/** Active offices of a subtree with their creation time (which months owe a draw), for the draws monitor. */
export async function officesUnder(db: Db, tenantId: string, scopePath: string) {
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.path', 'n.name', 'n.created_at'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.kind', '=', 'office')
    .where('n.active', '=', 1)
    .where(pathWithin('n.path', [scopePath]))
    .orderBy('n.path')
    .execute();
}

/** The months from `fromMonth` on that have a draw, per office of a subtree. */
export async function drawnMonths(db: Db, tenantId: string, scopePath: string, fromMonth: string) {
  return db
    .selectFrom('callback_draws as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.office_id'))
    .select(['d.office_id', 'd.month'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.month', '>=', fromMonth)
    .where(pathWithin('n.path', [scopePath]))
    .execute();
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

const followUpOf = (r: CallbackFollowUpTable): ComplaintFollowUp => ({
  id: r.id,
  callbackId: r.callback_id,
  state: r.state,
  description: r.description,
  result: r.result,
  openedBy: r.opened_by,
  openedAt: r.opened_at,
  closedBy: r.closed_by,
  closedAt: r.closed_at,
  version: Number(r.version),
});

export async function findFollowUp(db: Db, tenantId: string, callbackId: string) {
  const r = await db
    .selectFrom('callback_follow_ups')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('callback_id', '=', callbackId)
    .executeTakeFirst();
  return r ? followUpOf(r) : null;
}

export async function insertFollowUp(db: Db, tenantId: string, f: ComplaintFollowUp) {
  await db
    .insertInto('callback_follow_ups')
    .values({
      tenant_id: tenantId,
      id: f.id,
      callback_id: f.callbackId,
      state: f.state,
      description: f.description,
      result: f.result,
      opened_by: f.openedBy,
      opened_at: f.openedAt,
      closed_by: f.closedBy,
      closed_at: f.closedAt,
      version: f.version,
    })
    .execute();
}

/** Saves a follow-up closed or reopened, by version. */
export async function saveFollowUp(db: Db, tenantId: string, f: ComplaintFollowUp, expectedVersion: number): Promise<boolean> {
  const r = await db
    .updateTable('callback_follow_ups')
    .set({ state: f.state, result: f.result, closed_by: f.closedBy, closed_at: f.closedAt, version: f.version })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', f.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Callbacks of one month still to do in the subtrees. */
export async function countToDo(db: Db, tenantId: string, scope: readonly string[], month: string) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('callbacks as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('c.tenant_id', '=', tenantId)
    .where('c.state', '=', 'to_do')
    .where('c.month', '=', month)
    .where(pathWithin('n.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * Callbacks done in the instants [from, to) on orders the given people worked on (still on the order, not released),
 * counted per person and outcome: a person's figures for their year-end assessment (A1.6).
 */
export async function outcomesOfPeople(db: Db, tenantId: string, userIds: readonly string[], from: string, to: string) {
  if (!userIds.length) return [];
  const rows = await db
    .selectFrom('callbacks as c')
    .innerJoin('order_assignees as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.order_id', '=', 'c.order_id'))
    .select(['a.user_id', 'c.state', 'c.reached', 'c.satisfaction', (eb) => eb.fn.count<number | string>('c.id').distinct().as('n')])
    .where('c.tenant_id', '=', tenantId)
    .where('c.state', '=', 'done')
    .where('c.recorded_at', '>=', from)
    .where('c.recorded_at', '<', to)
    .where('a.released_at', 'is', null)
    .where('a.user_id', 'in', userIds)
    .groupBy(['a.user_id', 'c.state', 'c.reached', 'c.satisfaction'])
    .execute();
  return rows.map(outcome);
}
