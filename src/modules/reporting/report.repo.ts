import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { StationReportAttachmentTable, StationReportTable } from './reporting.tables.js';
import type { ReportKind } from './reporting.types.js';

type Db = Kysely<Database>;

const reports = (db: Db, tenantId: string) =>
  db
    .selectFrom('station_reports as r')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'r.tenant_id').onRef('n.id', '=', 'r.org_id'))
    .innerJoin('org_nodes as up', (j) => j.onRef('up.tenant_id', '=', 'r.tenant_id').onRef('up.id', '=', 'r.superior_id'))
    .innerJoin('users as sb', (j) => j.onRef('sb.tenant_id', '=', 'r.tenant_id').onRef('sb.id', '=', 'r.submitted_by'))
    .leftJoin('users as ab', (j) => j.onRef('ab.tenant_id', '=', 'r.tenant_id').onRef('ab.id', '=', 'r.acknowledged_by'))
    .selectAll('r')
    .select([
      'n.name as org_name',
      'n.path as org_path',
      'up.name as superior_name',
      'up.path as superior_path',
      'sb.display_name as submitted_by_name',
      'ab.display_name as acknowledged_by_name',
    ])
    .where('r.tenant_id', '=', tenantId);

export type ReportRow = Awaited<ReturnType<ReturnType<typeof reports>['executeTakeFirstOrThrow']>>;

export async function findReport(db: Db, tenantId: string, id: string): Promise<ReportRow | undefined> {
  return reports(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

export interface ReportFilter {
  orgId?: string | undefined;
  kind?: ReportKind | undefined;
  /** Only those not yet acknowledged. */
  open?: boolean | undefined;
}

/** The reports of stations under `scope`, newest period first. */
export async function listReports(db: Db, tenantId: string, scope: readonly string[], f: ReportFilter): Promise<ReportRow[]> {
  let q = reports(db, tenantId).where(pathWithin('n.path', scope));
  if (f.orgId) q = q.where('r.org_id', '=', f.orgId);
  if (f.kind) q = q.where('r.kind', '=', f.kind);
  if (f.open) q = q.where('r.acknowledged_at', 'is', null);
  return q.orderBy('r.period', 'desc').orderBy('n.path').orderBy('r.kind').limit(500).execute();
}

/** `kind:period` of every report of the stations `orgIds`, by station. */
export async function submittedKeys(db: Db, tenantId: string, orgIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!orgIds.length) return out;
  const rows = await db
    .selectFrom('station_reports')
    .select(['org_id', 'kind', 'period'])
    .where('tenant_id', '=', tenantId)
    .where('org_id', 'in', orgIds)
    .execute();
  for (const r of rows) out.set(r.org_id, [...(out.get(r.org_id) ?? []), `${r.kind}:${r.period}`]);
  return out;
}

export async function reportOf(db: Db, tenantId: string, orgId: string, kind: ReportKind, period: string) {
  return db
    .selectFrom('station_reports')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function insertReport(db: Db, row: StationReportTable): Promise<void> {
  await db.insertInto('station_reports').values(row).execute();
}

export async function acknowledgeReport(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  a: { by: string; at: string; reply: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('station_reports')
    .set({ acknowledged_by: a.by, acknowledged_at: a.at, reply: a.reply, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertAttachment(db: Db, row: StationReportAttachmentTable): Promise<void> {
  await db.insertInto('station_report_attachments').values(row).execute();
}

export async function attachmentsOf(db: Db, tenantId: string, reportIds: readonly string[]): Promise<StationReportAttachmentTable[]> {
  if (!reportIds.length) return [];
  return db
    .selectFrom('station_report_attachments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('report_id', 'in', reportIds)
    .orderBy('file_name')
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Db, tenantId: string, id: string) {
  return db.selectFrom('station_report_attachments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Reports not yet acknowledged of stations under `scope` (the superior's to-do). */
export async function openReportIds(db: Db, tenantId: string, scope: readonly string[]): Promise<string[]> {
  return (
    await db
      .selectFrom('station_reports as r')
      .innerJoin('org_nodes as up', (j) => j.onRef('up.tenant_id', '=', 'r.tenant_id').onRef('up.id', '=', 'r.superior_id'))
      .select('r.id')
      .where('r.tenant_id', '=', tenantId)
      .where(pathWithin('up.path', scope))
      .where('r.acknowledged_at', 'is', null)
      .execute()
  ).map((r) => r.id);
}
