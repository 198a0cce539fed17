import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { reportDueAt } from './incident.rules.js';
import { owedByStations } from './report.service.js';
import { reportingToday } from './reporting.clock.js';
import { stationsWithin } from './station.repo.js';

const MINUTE = 60_000;
const shift = (iso: string, minutes: number) => new Date(Date.parse(iso) - minutes * MINUTE).toISOString();

/**
 * Incidents of a region (one value of incidentReportMinutes) reported later than that, or not reported and older
 * than that — the SQL of `incidentLate`; with a period, those whose report fell due in it.
 */
function lateIncidents(ctx: UseCase, region: ParamRegion, scope: MonitorScope) {
  const cutoff = shift(ctx.clock.now().toISOString(), region.value);
  let q = ctx.db
    .selectFrom('incidents as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.org_id'))
    .where('i.tenant_id', '=', ctx.actor.tenantId)
    .where(pathInRegion('n.path', region))
    .where((eb) =>
      eb.or([eb('i.report_delay_minutes', '>', region.value), eb.and([eb('i.reported_at', 'is', null), eb('i.occurred_at', '<', cutoff)])]),
    );
  if (scope.period)
    q = q
      .where('i.occurred_at', '>=', shift(scope.period.from, region.value))
      .where('i.occurred_at', '<', shift(scope.period.to, region.value));
  return q;
}

/** A1.3: an urgent incident is reported upward within `incidentReportMinutes` of happening. */
export const incidentLateMonitor: Monitor = {
  id: 'reporting.incident_late',
  clauseId: 'A1.3',
  title: { 'zh-CN': '突发事件未在时限内上报', en: 'Urgent incidents not reported upward in time' },
  periodic: true,
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'incidentReportMinutes'))
      total += Number(
        (
          await lateIncidents(ctx, r, scope)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'incidentReportMinutes')) {
      const rows = await lateIncidents(ctx, r, scope)
        .select(['i.id', 'i.kind', 'i.place', 'i.occurred_at', 'i.reported_at', 'i.report_delay_minutes', 'i.org_id', 'n.name as org_name'])
        .orderBy('i.occurred_at')
        .orderBy('i.id')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map(
          (i): Breach => ({
            what: {
              key: i.reported_at ? 'breach.reportingIncidentLate' : 'breach.reportingIncidentUnreported',
              values: { office: i.org_name, place: i.place, minutes: r.value, delay: Number(i.report_delay_minutes ?? 0) },
            },
            since: reportDueAt(i.occurred_at, r.value),
            entity: { type: 'incident', id: i.id, label: `${i.org_name} ${i.place}`, link: `/workstation/incidents/${i.id}` },
            officeId: i.org_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};

/** Every report the stations under the scope owe past its due day, each a breach since the day after. */
async function missingReports(ctx: UseCase, scope: MonitorScope) {
  const { date, zone } = await reportingToday(ctx);
  const stations = await stationsWithin(ctx.db, ctx.actor.tenantId, [scope.path]);
  return (await owedByStations(ctx, stations, date, zone))
    .filter((o) => o.overdue)
    .map((o) => ({ since: startOfBusinessDay(nextBusinessDate(o.dueOn), zone), ...o }))
    .filter((o) => !scope.period || (o.since >= scope.period.from && o.since < scope.period.to))
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

/** A1.3: each station reports its work and 社情民意 every month to its superior node by stationReportDueDay. */
export const periodicMissingMonitor: Monitor = {
  id: 'reporting.periodic_missing',
  clauseId: 'A1.3',
  title: { 'zh-CN': '工作站定期报告逾期未报', en: 'Stations’ periodic reports not submitted by their due day' },
  periodic: true,
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    return (await missingReports(ctx, scope)).length;
  },
  async list(ctx, scope, page) {
    return (await missingReports(ctx, scope)).slice(page.offset, page.offset + page.limit).map(
      (o): Breach => ({
        what: {
          key: 'breach.reportingPeriodicMissing',
          values: { office: o.station.name, period: o.period, dueOn: o.dueOn, context: o.kind },
        },
        since: o.since,
        entity: {
          type: 'station_report_due',
          id: `${o.station.id}:${o.kind}:${o.period}`,
          label: `${o.station.name} ${o.period}`,
          link: `/workstation/reports?orgId=${o.station.id}`,
        },
        officeId: o.station.id,
      }),
    );
  },
};

export const reportingMonitors = [incidentLateMonitor, periodicMissingMonitor];
