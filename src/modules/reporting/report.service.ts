import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { businessDate } from '../../platform/time.js';
import { recordFile, storeFiles } from '../orders/order.service.js';
import { paramAt } from '../params/params.service.js';
import { checkUpload } from './attachment.rules.js';
import * as repo from './report.repo.js';
import { owedReports, periodEnded, reportDueOn, submittedLate } from './report.rules.js';
import type * as s from './report.schemas.js';
import { reportingToday } from './reporting.clock.js';
import { REPORTING_READ, REPORTING_SUBMIT } from './reporting.permissions.js';
import { authorizeRead, mayAcknowledge, maySubmit } from './reporting.policy.js';
import type { StationReportAttachmentTable, StationReportTable } from './reporting.tables.js';
import { REPORT_KINDS, type ReportSection } from './reporting.types.js';
import { findStation, type Station, stationsWithin } from './station.repo.js';

type ReportOut = z.infer<typeof s.reportSchema>;

/** The due day (stationReportDueDay) in force at each station path, asked once per path. */
function dueDays(ctx: UseCase) {
  const seen = new Map<string, Promise<number>>();
  return (path: string) => {
    if (!seen.has(path)) seen.set(path, paramAt(ctx, path, 'stationReportDueDay'));
    return seen.get(path)!;
  };
}

const presentAttachment = (a: StationReportAttachmentTable) => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: Number(a.size),
  url: `/api/station-reports/attachments/${a.id}`,
});

async function present(
  ctx: UseCase,
  r: repo.ReportRow,
  dueDay: number,
  zone: string,
  files: StationReportAttachmentTable[],
): Promise<ReportOut> {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    superiorId: r.superior_id,
    superiorName: r.superior_name,
    kind: r.kind,
    period: r.period,
    dueOn: reportDueOn(r.period, dueDay),
    late: submittedLate(r.period, businessDate(r.submitted_at, zone), dueDay),
    sections: JSON.parse(r.sections) as ReportSection[],
    attachments: files.map(presentAttachment),
    submittedByName: r.submitted_by_name,
    submittedAt: r.submitted_at,
    acknowledgedByName: r.acknowledged_by_name ?? null,
    acknowledgedAt: r.acknowledged_at,
    reply: r.reply,
    version: Number(r.version),
    abilities: { acknowledge: r.acknowledged_at === null && mayAcknowledge(ctx.actor.access, r.superior_path) },
  };
}

/** The first month a station owes its reports: the month it was set up. */
const firstPeriodOf = (st: Station, zone: string) => businessDate(st.createdAt, zone).slice(0, 7);

/**
 * The reports the stations owe and have not submitted (A1.3), oldest first, by each station's own due day.
 * Also the monitor's and the to-do's source.
 */
export async function owedByStations(ctx: UseCase, stations: readonly Station[], today: string, zone: string) {
  const done = await repo.submittedKeys(
    ctx.db,
    ctx.actor.tenantId,
    stations.map((st) => st.id),
  );
  const due = dueDays(ctx);
  const out: (ReturnType<typeof owedReports>[number] & { station: Station })[] = [];
  for (const st of stations)
    for (const o of owedReports(firstPeriodOf(st, zone), today, await due(st.path), REPORT_KINDS, done.get(st.id) ?? []))
      out.push({ ...o, station: st });
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.station.path < b.station.path ? -1 : 1));
}

/** The periodic reports of the caller's stations, the reports they owe, and the stations. */
export async function listReports(ctx: UseCase, q: z.infer<typeof s.reportListQuery>): Promise<z.infer<typeof s.reportList>> {
  const scope = scopeOf(ctx.actor.access, REPORTING_READ);
  if (!scope.length) throw forbidden(REPORTING_READ);
  const { date, zone } = await reportingToday(ctx);
  const stations = await stationsWithin(ctx.db, ctx.actor.tenantId, scope);
  const rows = await repo.listReports(ctx.db, ctx.actor.tenantId, scope, q);
  const files = await repo.attachmentsOf(
    ctx.db,
    ctx.actor.tenantId,
    rows.map((r) => r.id),
  );
  const due = dueDays(ctx);
  const items: ReportOut[] = [];
  for (const r of rows)
    items.push(
      await present(
        ctx,
        r,
        await due(r.org_path),
        zone,
        files.filter((f) => f.report_id === r.id),
      ),
    );
  const owed = (await owedByStations(ctx, q.orgId ? stations.filter((st) => st.id === q.orgId) : stations, date, zone))
    .filter((o) => !q.kind || o.kind === q.kind)
    .map((o) => ({ orgId: o.station.id, orgName: o.station.name, kind: o.kind, period: o.period, dueOn: o.dueOn, overdue: o.overdue }));
  return {
    items,
    owed,
    stations: stations.map((st) => ({
      id: st.id,
      name: st.name,
      superiorName: st.superiorName,
      maySubmit: maySubmit(ctx.actor.access, st.path),
    })),
    today: date,
    dueDay: stations[0] ? await due(stations[0].path) : await paramAt(ctx, scope[0]!, 'stationReportDueDay'),
  };
}

async function loadReport(ctx: UseCase, id: string): Promise<repo.ReportRow> {
  const r = await repo.findReport(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('station_report');
  authorizeRead(ctx.actor.access, r.org_path, 'station_report');
  return r;
}

/** One report with its files; also the history reader of `station_report`. */
export async function getReport(ctx: UseCase, id: string): Promise<ReportOut> {
  const r = await loadReport(ctx, id);
  const { zone } = await reportingToday(ctx);
  const files = await repo.attachmentsOf(ctx.db, ctx.actor.tenantId, [r.id]);
  return present(ctx, r, await paramAt(ctx, r.org_path, 'stationReportDueDay'), zone, files);
}

export const reportExists = () =>
  fieldError('conflict', 'reporting.report_exists', 'period', 'the station has submitted this kind of report for this month');

/**
 * A station submits its work report or 社情民意 report of an ended month to its superior node (A1.3), with optional
 * files; one per station, kind and month. Submitted late, it is still taken and shows as late.
 */
export async function submitReport(ctx: UseCase, body: z.infer<typeof s.reportBody>): Promise<ReportOut> {
  const station = await findStation(ctx.db, ctx.actor.tenantId, body.orgId);
  if (!station) throw fieldError('unprocessable', 'reporting.not_station', 'orgId', 'reports upward are made by a station');
  authorizeRead(ctx.actor.access, station.path, 'org');
  if (!maySubmit(ctx.actor.access, station.path)) throw forbidden(REPORTING_SUBMIT);
  const { date } = await reportingToday(ctx);
  if (!periodEnded(body.period, date)) throw fieldError('unprocessable', 'reporting.period_open', 'period', 'the month has not ended yet');
  if (await repo.reportOf(ctx.db, ctx.actor.tenantId, station.id, body.kind, body.period)) throw reportExists();
  const files = (body.attachments ?? []).map((a, i) => ({ ...checkUpload(a.data, `attachments.${i}.data`), fileName: a.fileName }));
  // on disk before the transaction that names them
  const stored = await storeFiles(ctx, files);
  const id = await inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const row: StationReportTable = {
      tenant_id: t,
      id: newId(),
      org_id: station.id,
      superior_id: station.superiorId,
      kind: body.kind,
      period: body.period,
      sections: JSON.stringify(body.sections.map((x) => ({ heading: x.heading, body: x.body }))),
      submitted_by: tx.actor.userId!,
      submitted_at: tx.now,
      acknowledged_by: null,
      acknowledged_at: null,
      reply: null,
      version: 1,
    };
    await repo.insertReport(tx.db, row);
    const kept = [];
    for (const [i, f] of files.entries()) {
      const blobId = await recordFile(tx, stored[i]!);
      const a: StationReportAttachmentTable = {
        tenant_id: t,
        id: newId(),
        report_id: row.id,
        blob_id: blobId,
        file_name: f.fileName,
        content_type: f.contentType,
        size: f.bytes.length,
      };
      await repo.insertAttachment(tx.db, a);
      kept.push({ id: a.id, fileName: a.file_name, contentType: a.content_type, size: a.size });
    }
    await tx.audit({ action: 'station_report.submit', entity: 'station_report', entityId: row.id, after: { ...row, attachments: kept } });
    return row.id;
  });
  return getReport(ctx, id);
}

const acknowledged = () => new DomainError('conflict', 'reporting.already_acknowledged', 'the report has been acknowledged');

/** The superior node acknowledges a station's report, with an optional reply (A1.3), once. */
export async function acknowledgeReport(ctx: UseCase, id: string, body: z.infer<typeof s.acknowledgeBody>): Promise<ReportOut> {
  const before = await loadReport(ctx, id);
  if (!mayAcknowledge(ctx.actor.access, before.superior_path)) throw forbidden('reporting.acknowledge');
  if (before.acknowledged_at) throw acknowledged();
  if (body.version !== undefined && body.version !== Number(before.version))
    throw new DomainError('conflict', 'record.version_conflict', 'the report was changed by someone else; reload');
  await inTransaction(ctx, async (tx) => {
    const a = { by: tx.actor.userId!, at: tx.now, reply: body.reply?.trim() || null };
    if (!(await repo.acknowledgeReport(tx.db, tx.actor.tenantId, id, Number(before.version), a))) throw acknowledged();
    await tx.audit({
      action: 'station_report.acknowledge',
      entity: 'station_report',
      entityId: id,
      before: { acknowledged_at: null, version: Number(before.version) },
      after: { acknowledged_by: a.by, acknowledged_at: a.at, reply: a.reply, version: Number(before.version) + 1 },
    });
  });
  return getReport(ctx, id);
}

/** A report's file, for the readers of its report. */
export async function downloadAttachment(ctx: UseCase, id: string) {
  const a = await repo.findAttachment(ctx.db, ctx.actor.tenantId, id);
  if (!a) throw notFound('station_report_attachment');
  await loadReport(ctx, a.report_id);
  const bytes = await ctx.blobs.get(ctx.actor.tenantId, a.blob_id);
  if (!bytes) throw notFound('station_report_attachment');
  return { fileName: a.file_name, contentType: a.content_type, bytes };
}
