import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { MeetingActionTable, MeetingAttendeeTable, MeetingTable } from './meetings.tables.js';
import type { ActionFilter } from './meetings.types.js';

type Db = Kysely<Database>;

/** A meeting with its station's name and path and the names of its chair and recorder. */
export async function findMeeting(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', 'm.org_id'))
    .innerJoin('users as c', (j) => j.onRef('c.tenant_id', '=', 'm.tenant_id').onRef('c.id', '=', 'm.chair_id'))
    .leftJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 'm.tenant_id').onRef('r.id', '=', 'm.recorder_id'))
    .selectAll('m')
    .select(['o.name as org_name', 'o.path as org_path', 'c.display_name as chair_name', 'r.display_name as recorder_name'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.id', '=', id)
    .executeTakeFirst();
}
export type LoadedMeeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** When meetings were held, or are to be (a meeting named on another page by its day). */
export async function meetingDays(db: Db, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('meetings')
    .select(['id', 'held_on', 'scheduled_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

/** The meetings of stations under `paths` (optionally one station), the latest first. */
export async function listMeetings(db: Db, tenantId: string, paths: readonly string[], orgId?: string) {
  let q = db
    .selectFrom('meetings as m')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', 'm.org_id'))
    .innerJoin('users as c', (j) => j.onRef('c.tenant_id', '=', 'm.tenant_id').onRef('c.id', '=', 'm.chair_id'))
    .leftJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 'm.tenant_id').onRef('r.id', '=', 'm.recorder_id'))
    .selectAll('m')
    .select(['o.name as org_name', 'o.path as org_path', 'c.display_name as chair_name', 'r.display_name as recorder_name'])
    .select((eb) =>
      eb
        .selectFrom('meeting_actions as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.tenant_id', '=', 'm.tenant_id')
        .whereRef('a.meeting_id', '=', 'm.id')
        .as('action_count'),
    )
    .where('m.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', paths));
  if (orgId) q = q.where('m.org_id', '=', orgId);
  return q.orderBy('m.scheduled_at', 'desc').orderBy('m.id').limit(500).execute();
}

export async function insertMeeting(db: Db, row: MeetingTable): Promise<void> {
  await db.insertInto('meetings').values(row).execute();
}

/** Writes `changes` if the meeting is still scheduled at `version`; false otherwise. */
export async function updateScheduled(db: Db, tenantId: string, id: string, version: number, changes: Partial<MeetingTable>) {
  const r = await db
    .updateTable('meetings')
    .set({ ...changes, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'scheduled')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Active stations under `paths` (the nodes that hold work meetings), by name. */
export async function stationsUnder(db: Db, tenantId: string, paths: readonly string[]) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'station')
    .where('active', '=', 1)
    .where(pathWithin('path', paths))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The day each of `orgIds` last held a meeting. */
export async function lastHeld(db: Db, tenantId: string, orgIds: readonly string[]) {
  if (!orgIds.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('meetings')
    .select(['org_id', (eb) => eb.fn.max('held_on').as('last')])
    .where('tenant_id', '=', tenantId)
    .where('state', '=', 'held')
    .where('org_id', 'in', [...orgIds])
    .groupBy('org_id')
    .execute();
  return new Map(rows.filter((r) => r.last).map((r) => [r.org_id, String(r.last)]));
}

/** The station's staff: active people whose home node is the station or one of its departments. */
export async function staffOf(db: Db, tenantId: string, orgPath: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.org_id'))
    .select(['u.id', 'u.display_name'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', 1)
    .where('o.path', 'like', `${orgPath}%`)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

export async function insertAttendee(db: Db, row: MeetingAttendeeTable): Promise<void> {
  await db.insertInto('meeting_attendees').values(row).execute();
}

export async function attendeesOf(db: Db, tenantId: string, meetingId: string) {
  return db
    .selectFrom('meeting_attendees as a')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .select(['a.user_id', 'a.present', 'a.absence_reason', 'u.display_name'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.present', 'desc')
    .orderBy('u.display_name')
    .execute();
}

export async function insertAction(db: Db, row: MeetingActionTable): Promise<void> {
  await db.insertInto('meeting_actions').values(row).execute();
}

const actionsQuery = (db: Db, tenantId: string) =>
  db
    .selectFrom('meeting_actions as a')
    .innerJoin('meetings as m', (j) => j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.id', '=', 'a.meeting_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.org_id'))
    .innerJoin('users as w', (j) => j.onRef('w.tenant_id', '=', 'a.tenant_id').onRef('w.id', '=', 'a.owner_id'))
    .leftJoin('users as d', (j) => j.onRef('d.tenant_id', '=', 'a.tenant_id').onRef('d.id', '=', 'a.done_by'))
    .selectAll('a')
    .select([
      'm.held_on as meeting_held_on',
      'o.name as org_name',
      'o.path as org_path',
      'w.display_name as owner_name',
      'd.display_name as done_by_name',
    ])
    .where('a.tenant_id', '=', tenantId);
export type ActionRow = Awaited<ReturnType<ReturnType<typeof actionsQuery>['execute']>>[number];

export async function actionsOfMeeting(db: Db, tenantId: string, meetingId: string) {
  return actionsQuery(db, tenantId).where('a.meeting_id', '=', meetingId).orderBy('a.due_on').orderBy('a.id').execute();
}

export async function findAction(db: Db, tenantId: string, id: string) {
  return actionsQuery(db, tenantId).where('a.id', '=', id).executeTakeFirst();
}

/** Action items of stations under `paths` by `filter` (`mine`: the caller's open ones), the earliest due first. */
export async function listActions(
  db: Db,
  tenantId: string,
  paths: readonly string[],
  f: { filter: ActionFilter; today: string; userId: string | null; orgId?: string | undefined },
) {
  let q = actionsQuery(db, tenantId).where(pathWithin('o.path', paths));
  if (f.filter !== 'all') q = q.where('a.state', '=', 'open');
  if (f.filter === 'overdue') q = q.where('a.due_on', '<', f.today);
  if (f.filter === 'mine') q = q.where('a.owner_id', '=', f.userId ?? '');
  if (f.orgId) q = q.where('a.org_id', '=', f.orgId);
  return q.orderBy('a.state', 'desc').orderBy('a.due_on').orderBy('a.id').limit(500).execute();
}

/** Marks the action item done if still open at `version`; false otherwise. */
export async function markDone(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  d: { note: string; by: string; at: string; on: string },
): Promise<boolean> {
  const r = await db
    .updateTable('meeting_actions')
    .set({ state: 'done', done_note: d.note, done_by: d.by, done_at: d.at, done_on: d.on, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
