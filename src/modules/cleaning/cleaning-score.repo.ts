import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { RectificationFact, ResultFact } from './cleaning-score.rules.js';

type Db = Kysely<Database>;

/** Where the scores look: the subtrees of the caller's scope, optionally one estate. */
export interface ScoreScope {
  tenantId: string;
  scope: readonly string[];
  estateId?: string | undefined;
}

/** Business dates [from, to): the first day of a month and the first day of the next. */
export interface Dates {
  from: string;
  to: string;
}

/** The rows of `alias` (a table with tenant_id, office_id joined as `n`, estate_id) inside the scope. */
function inScope(alias: 'i' | 'x', s: ScoreScope): RawBuilder<SqlBool> {
  const parts = [sql<SqlBool>`${sql.ref(`${alias}.tenant_id`)} = ${s.tenantId}`, pathWithin('n.path', s.scope)];
  if (s.estateId !== undefined) parts.push(sql<SqlBool>`${sql.ref(`${alias}.estate_id`)} = ${s.estateId}`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The results of the inspections done on the given business dates, with their estate, cleaner and check. */
export async function resultFacts(db: Db, s: ScoreScope, d: Dates): Promise<ResultFact[]> {
  const rows = await db
    .selectFrom('cleaning_inspections as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.office_id'))
    .innerJoin('cleaning_results as r', (j) => j.onRef('r.tenant_id', '=', 'i.tenant_id').onRef('r.inspection_id', '=', 'i.id'))
    .innerJoin('cleaning_standards as s', (j) => j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.standard_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'i.tenant_id').onRef('e.id', '=', 'i.estate_id'))
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'i.tenant_id').onRef('u.id', '=', 'i.cleaner_id'))
    .where(inScope('i', s))
    .where('i.state', '=', 'done')
    .where('i.done_date', '>=', d.from)
    .where('i.done_date', '<', d.to)
    .select([
      'i.estate_id',
      'e.name as estate_name',
      'i.area',
      'i.level',
      'i.cleaner_id',
      'u.display_name',
      'r.passed',
      's.check_key',
      's.version',
      's.object',
      's.criterion',
    ])
    .execute();
  return rows.map((r) => ({
    estateId: r.estate_id,
    estateName: r.estate_name,
    area: r.area,
    level: r.level,
    cleanerId: r.cleaner_id,
    cleanerName: r.display_name ?? r.cleaner_id,
    passed: Number(r.passed) === 1,
    checkKey: r.check_key,
    version: Number(r.version),
    object: r.object,
    criterion: r.criterion,
  }));
}

/** Checks and passes per month (`YYYY-MM`) and level of the inspections done on the given dates. */
export async function monthlyCounts(db: Db, s: ScoreScope, d: Dates) {
  const month = sql<string>`substr(i.done_date, 1, 7)`;
  const rows = await db
    .selectFrom('cleaning_inspections as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.office_id'))
    .innerJoin('cleaning_results as r', (j) => j.onRef('r.tenant_id', '=', 'i.tenant_id').onRef('r.inspection_id', '=', 'i.id'))
    .where(inScope('i', s))
    .where('i.state', '=', 'done')
    .where('i.done_date', '>=', d.from)
    .where('i.done_date', '<', d.to)
    .select((eb) => [month.as('month'), 'i.level', eb.fn.countAll().as('checks'), eb.fn.sum('r.passed').as('passed')])
    .groupBy([month, 'i.level'])
    .execute();
  return rows.map((r) => ({ month: r.month, level: r.level, checks: Number(r.checks), passed: Number(r.passed ?? 0) }));
}

/** The rectification rounds opened in [from, to) (instants). */
export async function rectificationFacts(db: Db, s: ScoreScope, at: { from: string; to: string }): Promise<RectificationFact[]> {
  const rows = await db
    .selectFrom('cleaning_rectifications as x')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'x.tenant_id').onRef('n.id', '=', 'x.office_id'))
    .where(inScope('x', s))
    .where('x.created_at', '>=', at.from)
    .where('x.created_at', '<', at.to)
    .select(['x.state', 'x.due_at', 'x.done_at'])
    .execute();
  return rows.map((r) => ({ state: r.state, dueAt: r.due_at, doneAt: r.done_at }));
}

/** The planned inspections (of a plan) whose period ends on the given dates. */
export async function plannedInspections(db: Db, s: ScoreScope, d: Dates) {
  const rows = await db
    .selectFrom('cleaning_inspections as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.office_id'))
    .where(inScope('i', s))
    .where('i.plan_id', 'is not', null)
    .where('i.period_end', '>=', d.from)
    .where('i.period_end', '<', d.to)
    .select(['i.state', 'i.period_end'])
    .execute();
  return rows.map((r) => ({ state: r.state, periodEnd: r.period_end }));
}

/**
 * The checks judged at inspections done on the business dates [from, to] (inclusive) of the areas the given cleaners
 * are responsible for, per cleaner: how many, how many passed (their year-end figures, A1.6).
 */
export async function checksOfCleaners(db: Db, tenantId: string, cleanerIds: readonly string[], from: string, to: string) {
  if (!cleanerIds.length) return [];
  const rows = await db
    .selectFrom('cleaning_inspections as i')
    .innerJoin('cleaning_results as r', (j) => j.onRef('r.tenant_id', '=', 'i.tenant_id').onRef('r.inspection_id', '=', 'i.id'))
    .select([
      'i.cleaner_id',
      (eb) => eb.fn.countAll<number | string>().as('total'),
      (eb) => eb.fn.sum<number | string | null>('r.passed').as('passed'),
    ])
    .where('i.tenant_id', '=', tenantId)
    .where('i.state', '=', 'done')
    .where('i.done_date', '>=', from)
    .where('i.done_date', '<=', to)
    .where('i.cleaner_id', 'in', cleanerIds)
    .groupBy('i.cleaner_id')
    .execute();
  return rows.map((r) => ({ cleanerId: r.cleaner_id, total: Number(r.total), passed: Number(r.passed ?? 0) }));
}
