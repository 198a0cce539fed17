import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { SwMonthlyCheckTable, SwOpinionTable, SwSupervisionTable } from './socialwork.tables.js';

type Db = Kysely<Database>;

export interface MissedItem {
  item: string;
  remedy: string;
}

export interface MonthlyCheck {
  id: string;
  projectId: string;
  month: string;
  findings: string;
  missed: MissedItem[];
  checkedBy: string;
  checkedAt: string;
}

export const toCheck = (r: SwMonthlyCheckTable): MonthlyCheck => ({
  id: r.id,
  projectId: r.project_id,
  month: r.month,
  findings: r.findings,
  missed: JSON.parse(r.missed) as MissedItem[],
  checkedBy: r.checked_by,
  checkedAt: r.checked_at,
});

export async function insertCheck(db: Db, tenantId: string, c: MonthlyCheck): Promise<void> {
  await db
    .insertInto('sw_monthly_checks')
    .values({
      tenant_id: tenantId,
      id: c.id,
      project_id: c.projectId,
      month: c.month,
      findings: c.findings,
      missed: JSON.stringify(c.missed),
      checked_by: c.checkedBy,
      checked_at: c.checkedAt,
    })
    .execute();
}

/** The project's monthly checks, newest month first, with the checker's name. */
export async function listChecks(db: Db, tenantId: string, projectId: string) {
  const rows = await db
    .selectFrom('sw_monthly_checks as c')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.checked_by'))
    .selectAll('c')
    .select('u.display_name')
    .where('c.tenant_id', '=', tenantId)
    .where('c.project_id', '=', projectId)
    .orderBy('c.month', 'desc')
    .execute();
  return rows.map((r) => ({ ...toCheck(r), checkedByName: r.display_name }));
}

export async function findCheck(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('sw_monthly_checks').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r ? toCheck(r) : undefined;
}

export async function checkOfMonth(db: Db, tenantId: string, projectId: string, month: string) {
  return db
    .selectFrom('sw_monthly_checks')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function insertSupervision(db: Db, row: SwSupervisionTable): Promise<void> {
  await db.insertInto('sw_supervisions').values(row).execute();
}

export async function insertOpinion(db: Db, row: SwOpinionTable): Promise<void> {
  await db.insertInto('sw_opinions').values(row).execute();
}

/** The project's supervisions, newest first, with the supervisor's name and the key activity supervised on site. */
export async function listSupervisions(db: Db, tenantId: string, projectId: string) {
  return db
    .selectFrom('sw_supervisions as s')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.supervisor_id'))
    .leftJoin('sw_activities as a', (j) => j.onRef('a.tenant_id', '=', 's.tenant_id').onRef('a.id', '=', 's.activity_id'))
    .selectAll('s')
    .select(['u.display_name as supervisor_name', 'a.title as activity_title'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.project_id', '=', projectId)
    .orderBy('s.month', 'desc')
    .orderBy('s.held_on', 'desc')
    .orderBy('s.id')
    .execute();
}

export async function findSupervision(db: Db, tenantId: string, id: string) {
  return db.selectFrom('sw_supervisions').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The project's opinions with the answerer's name, oldest first. */
export async function listOpinions(db: Db, tenantId: string, projectId: string) {
  return db
    .selectFrom('sw_opinions as o')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.id', '=', 'o.answered_by'))
    .selectAll('o')
    .select('u.display_name as answered_by_name')
    .where('o.tenant_id', '=', tenantId)
    .where('o.project_id', '=', projectId)
    .orderBy('o.raised_at')
    .orderBy('o.id')
    .execute();
}

export async function findOpinion(db: Db, tenantId: string, id: string) {
  return db.selectFrom('sw_opinions').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Records the answer if the opinion is still unanswered at `version`; false otherwise. */
export async function answerOpinion(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  a: { answer: string; answeredBy: string; answeredAt: string },
): Promise<boolean> {
  const r = await db
    .updateTable('sw_opinions')
    .set({ answer: a.answer, answered_by: a.answeredBy, answered_at: a.answeredAt, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The project's key activities (sw_activities is the activities part's table; read only). */
export async function keyActivities(db: Db, tenantId: string, projectId: string) {
  return db
    .selectFrom('sw_activities')
    .select(['id', 'title', 'planned_on'])
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .where('key_activity', '=', 1)
    .where('state', '!=', 'cancelled')
    .orderBy('planned_on', 'desc')
    .execute();
}

export async function findActivity(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('sw_activities')
    .select(['id', 'project_id', 'key_activity', 'title'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Running projects of nodes under `paths`, with their node. */
export async function runningProjects(db: Db, tenantId: string, paths: readonly string[]) {
  if (!paths.length) return [];
  return db
    .selectFrom('sw_projects as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .select(['p.id', 'p.number', 'p.title', 'p.org_id', 'p.started_at', 'p.executor_id', 'p.supervisor_id', 'o.name as org_name', 'o.path'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.state', '=', 'running')
    .where(pathWithin('o.path', [...paths]))
    .orderBy('p.started_at')
    .orderBy('p.id')
    .execute();
}

/** The months each of `projectIds` has a check for (or a supervision for, with `table` sw_supervisions). */
export async function monthsDone(db: Db, tenantId: string, table: 'sw_monthly_checks' | 'sw_supervisions', projectIds: string[]) {
  const out = new Map<string, Set<string>>();
  if (!projectIds.length) return out;
  const rows = await db
    .selectFrom(table)
    .select(['project_id', 'month'])
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('project_id', 'in', projectIds)
    .execute();
  for (const r of rows) {
    const set = out.get(r.project_id) ?? new Set<string>();
    set.add(r.month);
    out.set(r.project_id, set);
  }
  return out;
}

/**
 * What the projects executed by `executorIds` did in a period, for the executors' person figures (A1.6): their
 * activities held on the business dates [from, to] and the opinions raised in the instants [fromAt, toAt), each with
 * the executor and the project's node path (where the deadlines are read).
 */
export async function executorFacts(
  db: Db,
  tenantId: string,
  executorIds: readonly string[],
  p: { from: string; to: string; fromAt: string; toAt: string },
) {
  if (!executorIds.length) return { activities: [], opinions: [] };
  const projects = () =>
    db
      .selectFrom('sw_projects as p')
      .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
      .where('p.tenant_id', '=', tenantId)
      .where('p.executor_id', 'in', executorIds);
  const [activities, opinions] = await Promise.all([
    projects()
      .innerJoin('sw_activities as a', (j) => j.onRef('a.tenant_id', '=', 'p.tenant_id').onRef('a.project_id', '=', 'p.id'))
      .select(['p.executor_id', 'o.path', 'a.held_on', 'a.brief_at'])
      .where('a.state', '=', 'held')
      .where('a.held_on', '>=', p.from)
      .where('a.held_on', '<=', p.to)
      .execute(),
    projects()
      .innerJoin('sw_opinions as x', (j) => j.onRef('x.tenant_id', '=', 'p.tenant_id').onRef('x.project_id', '=', 'p.id'))
      .select(['p.executor_id', 'o.path', 'x.raised_at', 'x.answered_at'])
      .where('x.raised_at', '>=', p.fromAt)
      .where('x.raised_at', '<', p.toAt)
      .execute(),
  ]);
  return { activities, opinions };
}
