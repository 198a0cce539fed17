import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { SwActivityTable, SwEthicsEntryTable } from './socialwork.tables.js';

type Db = Kysely<Database>;

/** An activity row with the names of who wrote its plan, held it and wrote its brief. */
export type ActivityRow = SwActivityTable & { plan_by_name: string; held_by_name: string | null; brief_by_name: string | null };

const activities = (db: Db, tenantId: string) =>
  db
    .selectFrom('sw_activities as a')
    .innerJoin('users as pw', (j) => j.onRef('pw.tenant_id', '=', 'a.tenant_id').onRef('pw.id', '=', 'a.plan_written_by'))
    .leftJoin('users as hb', (j) => j.onRef('hb.tenant_id', '=', 'a.tenant_id').onRef('hb.id', '=', 'a.held_by'))
    .leftJoin('users as bb', (j) => j.onRef('bb.tenant_id', '=', 'a.tenant_id').onRef('bb.id', '=', 'a.brief_by'))
    .selectAll('a')
    .select(['pw.display_name as plan_by_name', 'hb.display_name as held_by_name', 'bb.display_name as brief_by_name'])
    .where('a.tenant_id', '=', tenantId);

export async function findActivity(db: Db, tenantId: string, id: string): Promise<ActivityRow | undefined> {
  return activities(db, tenantId).where('a.id', '=', id).executeTakeFirst();
}

/** A project's activities by the day they are planned for, latest first. */
export async function listActivities(db: Db, tenantId: string, projectId: string): Promise<ActivityRow[]> {
  return activities(db, tenantId)
    .where('a.project_id', '=', projectId)
    .orderBy('a.planned_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
}

export async function insertActivity(db: Db, row: SwActivityTable): Promise<void> {
  await db.insertInto('sw_activities').values(row).execute();
}

/** Saves an activity if it is still at `version`; false when someone changed it meanwhile. */
export async function updateActivity(db: Db, row: SwActivityTable, version: number): Promise<boolean> {
  const { tenant_id, id, project_id: _p, created_at: _c, ...fields } = row;
  const r = await db
    .updateTable('sw_activities')
    .set(fields)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Whether the progress item is one of the project's. */
export async function progressItemOf(db: Db, tenantId: string, projectId: string, id: string): Promise<boolean> {
  const r = await db
    .selectFrom('sw_progress_items')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(r);
}

/** The photos kept with briefs of `activityIds`, oldest first. */
export async function briefPhotos(db: Db, tenantId: string, activityIds: string[]) {
  if (!activityIds.length) return [];
  return db
    .selectFrom('sw_attachments')
    .select(['owner_id', 'blob_id'])
    .where('tenant_id', '=', tenantId)
    .where('owner_kind', '=', 'brief')
    .where('owner_id', 'in', activityIds)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export type EthicsRow = SwEthicsEntryTable & {
  org_name: string;
  offered_to_name: string;
  recorded_by_name: string;
  project_number: string | null;
  project_title: string | null;
};

const ethics = (db: Db, tenantId: string) =>
  db
    .selectFrom('sw_ethics_entries as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.org_id'))
    .innerJoin('users as t', (j) => j.onRef('t.tenant_id', '=', 'e.tenant_id').onRef('t.id', '=', 'e.offered_to'))
    .innerJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 'e.tenant_id').onRef('r.id', '=', 'e.recorded_by'))
    .leftJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'e.tenant_id').onRef('p.id', '=', 'e.project_id'))
    .selectAll('e')
    .select([
      'o.name as org_name',
      'o.path as org_path',
      't.display_name as offered_to_name',
      'r.display_name as recorded_by_name',
      'p.number as project_number',
      'p.title as project_title',
    ])
    .where('e.tenant_id', '=', tenantId);

export async function findEthicsEntry(db: Db, tenantId: string, id: string) {
  return ethics(db, tenantId).where('e.id', '=', id).executeTakeFirst();
}

/** Entries of the nodes in `scope` (narrowed to `orgPath` and the days given), latest offer first. */
export async function listEthicsEntries(
  db: Db,
  tenantId: string,
  scope: readonly string[],
  f: { orgPath?: string | undefined; from?: string | undefined; to?: string | undefined },
) {
  let q = ethics(db, tenantId).where(pathWithin('o.path', scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.from) q = q.where('e.offered_on', '>=', f.from);
  if (f.to) q = q.where('e.offered_on', '<=', f.to);
  return q.orderBy('e.offered_on', 'desc').orderBy('e.recorded_at', 'desc').limit(500).execute();
}

export async function insertEthicsEntry(db: Db, row: SwEthicsEntryTable): Promise<void> {
  await db.insertInto('sw_ethics_entries').values(row).execute();
}
