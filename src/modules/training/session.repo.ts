import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { TrainingSessionTable } from './training.tables.js';

type Db = Kysely<Database>;

const sessions = (db: Db, tenantId: string) =>
  db
    .selectFrom('training_sessions as s')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.org_id'))
    .innerJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.id', '=', 's.recorded_by'))
    .leftJoin('training_plan_items as i', (j) => j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.id', '=', 's.plan_item_id'))
    .selectAll('s')
    .select(['o.name as org_name', 'o.path as org_path', 'r.display_name as recorded_by_name', 'i.topic as item_topic'])
    .where('s.tenant_id', '=', tenantId);

export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessions>['executeTakeFirstOrThrow']>>;

export async function findSession(db: Db, tenantId: string, id: string): Promise<SessionRow | undefined> {
  return sessions(db, tenantId).where('s.id', '=', id).executeTakeFirst();
}

export async function listSessions(
  db: Db,
  tenantId: string,
  scope: readonly string[],
  f: { orgPath?: string; from?: string; to?: string },
) {
  let q = sessions(db, tenantId).where(pathWithin('o.path', scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.from) q = q.where('s.held_on', '>=', f.from);
  if (f.to) q = q.where('s.held_on', '<=', f.to);
  return q.orderBy('s.held_on', 'desc').orderBy('s.id', 'desc').limit(500).execute();
}

export async function attendeesOf(db: Db, tenantId: string, sessionIds: readonly string[]) {
  if (!sessionIds.length) return [];
  return db
    .selectFrom('training_attendees as a')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .select(['a.session_id', 'a.user_id', 'u.display_name'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.session_id', 'in', [...sessionIds])
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

export async function insertSession(db: Db, row: TrainingSessionTable): Promise<void> {
  await db.insertInto('training_sessions').values(row).execute();
}

export async function updateSession(db: Db, row: TrainingSessionTable, version: number): Promise<boolean> {
  const { tenant_id, id, ...rest } = row;
  const r = await db
    .updateTable('training_sessions')
    .set(rest)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceAttendees(db: Db, tenantId: string, sessionId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('training_attendees').where('tenant_id', '=', tenantId).where('session_id', '=', sessionId).execute();
  if (userIds.length)
    await db
      .insertInto('training_attendees')
      .values(userIds.map((user_id) => ({ tenant_id: tenantId, session_id: sessionId, user_id })))
      .execute();
}
