/**
 * Counts of callbacks: outcomes by month, by the staff who did the order and by service item (the satisfaction
 * report), the month's callbacks still to do (the workbench), and a person's outcomes for their assessment (A1.6).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { CallbackState, Satisfaction } from './callback.types.js';

type Db = Kysely<Database>;

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
