import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { IncidentTable } from './reporting.tables.js';
import type { IncidentState } from './reporting.types.js';

type Db = Kysely<Database>;

const incidents = (db: Db, tenantId: string) =>
  db
    .selectFrom('incidents as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.org_id'))
    .innerJoin('org_nodes as up', (j) => j.onRef('up.tenant_id', '=', 'i.tenant_id').onRef('up.id', '=', 'i.superior_id'))
    .innerJoin('users as rb', (j) => j.onRef('rb.tenant_id', '=', 'i.tenant_id').onRef('rb.id', '=', 'i.recorded_by'))
    .leftJoin('users as pb', (j) => j.onRef('pb.tenant_id', '=', 'i.tenant_id').onRef('pb.id', '=', 'i.reported_by'))
    .leftJoin('users as ab', (j) => j.onRef('ab.tenant_id', '=', 'i.tenant_id').onRef('ab.id', '=', 'i.acknowledged_by'))
    .selectAll('i')
    .select([
      'n.name as org_name',
      'n.path as org_path',
      'up.name as superior_name',
      'up.path as superior_path',
      'rb.display_name as recorded_by_name',
      'pb.display_name as reported_by_name',
      'ab.display_name as acknowledged_by_name',
    ])
    .where('i.tenant_id', '=', tenantId);

export type IncidentRow = Awaited<ReturnType<ReturnType<typeof incidents>['executeTakeFirstOrThrow']>>;

export async function findIncident(db: Db, tenantId: string, id: string): Promise<IncidentRow | undefined> {
  return incidents(db, tenantId).where('i.id', '=', id).executeTakeFirst();
}

/** The incidents of stations under `scope`, latest first. */
export async function listIncidents(
  db: Db,
  tenantId: string,
  scope: readonly string[],
  f: { orgId?: string | undefined; state?: IncidentState | undefined },
): Promise<IncidentRow[]> {
  let q = incidents(db, tenantId).where(pathWithin('n.path', scope));
  if (f.orgId) q = q.where('i.org_id', '=', f.orgId);
  if (f.state === 'recorded') q = q.where('i.reported_at', 'is', null);
  if (f.state === 'reported') q = q.where('i.reported_at', 'is not', null).where('i.acknowledged_at', 'is', null);
  if (f.state === 'acknowledged') q = q.where('i.acknowledged_at', 'is not', null);
  return q.orderBy('i.occurred_at', 'desc').orderBy('i.id', 'desc').limit(500).execute();
}

export async function insertIncident(db: Db, row: IncidentTable): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

/** Saves a step by version: false when someone else changed it first. */
export async function updateIncident(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<
    Pick<IncidentTable, 'reported_at' | 'reported_by' | 'report_delay_minutes' | 'acknowledged_at' | 'acknowledged_by' | 'reply'>
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('incidents')
    .set({ ...set, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Incidents reported and not yet acknowledged whose superior is under `scope` (the superior's to-do). */
export async function incidentsToAcknowledge(db: Db, tenantId: string, scope: readonly string[]): Promise<string[]> {
  return (
    await db
      .selectFrom('incidents as i')
      .innerJoin('org_nodes as up', (j) => j.onRef('up.tenant_id', '=', 'i.tenant_id').onRef('up.id', '=', 'i.superior_id'))
      .select('i.id')
      .where('i.tenant_id', '=', tenantId)
      .where(pathWithin('up.path', scope))
      .where('i.reported_at', 'is not', null)
      .where('i.acknowledged_at', 'is', null)
      .execute()
  ).map((r) => r.id);
}

/** Incidents these people reported upward in `[from, to)` (instants), with their delay and the station's path. */
export async function reportedByPeople(db: Db, tenantId: string, userIds: readonly string[], from: string, to: string) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('incidents as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.org_id'))
    .select(['i.reported_by', 'i.report_delay_minutes', 'n.path as org_path'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.reported_by', 'in', [...userIds])
    .where('i.reported_at', '>=', from)
    .where('i.reported_at', '<', to)
    .execute();
}
