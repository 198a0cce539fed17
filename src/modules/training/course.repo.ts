import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { TrainingOutsideCourseTable } from './training.tables.js';

type Db = Kysely<Database>;

const courses = (db: Db, tenantId: string) =>
  db
    .selectFrom('training_outside_courses as c')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.user_id'))
    .innerJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 'c.tenant_id').onRef('r.id', '=', 'c.recorded_by'))
    .selectAll('c')
    .select(['o.name as org_name', 'o.path as org_path', 'u.display_name as user_name', 'r.display_name as recorded_by_name'])
    .where('c.tenant_id', '=', tenantId);

export type CourseRow = Awaited<ReturnType<ReturnType<typeof courses>['executeTakeFirstOrThrow']>>;

export async function findCourse(db: Db, tenantId: string, id: string): Promise<CourseRow | undefined> {
  return courses(db, tenantId).where('c.id', '=', id).executeTakeFirst();
}

export async function listCourses(db: Db, tenantId: string, scope: readonly string[], f: { orgPath?: string; from?: string; to?: string }) {
  let q = courses(db, tenantId).where(pathWithin('o.path', scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.from) q = q.where('c.to_on', '>=', f.from);
  if (f.to) q = q.where('c.to_on', '<=', f.to);
  return q.orderBy('c.to_on', 'desc').orderBy('c.id', 'desc').limit(500).execute();
}

export async function insertCourse(db: Db, row: TrainingOutsideCourseTable): Promise<void> {
  await db.insertInto('training_outside_courses').values(row).execute();
}

export async function updateCourse(db: Db, row: TrainingOutsideCourseTable, version: number): Promise<boolean> {
  const { tenant_id, id, ...rest } = row;
  const r = await db
    .updateTable('training_outside_courses')
    .set(rest)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
