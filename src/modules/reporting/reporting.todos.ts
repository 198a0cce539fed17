import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { incidentsToAcknowledge } from './incident.repo.js';
import { openReportIds } from './report.repo.js';
import { owedByStations } from './report.service.js';
import { reportingToday } from './reporting.clock.js';
import { REPORTING_ACKNOWLEDGE, REPORTING_SUBMIT } from './reporting.permissions.js';
import { stationsWithin } from './station.repo.js';

/**
 * A1.3 to-dos: the superior's reported incidents and periodic reports to acknowledge; the station's reports due
 * (every ended month's report not yet submitted, a warning once one is past its due day).
 */
export async function reportingTodos(ctx: UseCase): Promise<Todo[]> {
  const t = ctx.actor.tenantId;
  const out: Todo[] = [];
  const ack = scopeOf(ctx.actor.access, REPORTING_ACKNOWLEDGE);
  if (ack.length) {
    const incidents = await incidentsToAcknowledge(ctx.db, t, ack);
    out.push({
      key: 'reporting.incidentsToAcknowledge',
      count: incidents.length,
      link: incidents.length === 1 ? `/workstation/incidents/${incidents[0]}` : '/workstation/incidents?state=reported',
      ...(incidents.length ? { severity: 'danger' as const } : {}),
    });
    const reports = await openReportIds(ctx.db, t, ack);
    out.push({
      key: 'reporting.reportsToAcknowledge',
      count: reports.length,
      link: reports.length === 1 ? `/workstation/reports/${reports[0]}` : '/workstation/reports?open=true',
    });
  }
  const submit = scopeOf(ctx.actor.access, REPORTING_SUBMIT);
  if (submit.length) {
    const { date, zone } = await reportingToday(ctx);
    const owed = await owedByStations(ctx, await stationsWithin(ctx.db, t, submit), date, zone);
    out.push({
      key: 'reporting.reportsDue',
      count: owed.length,
      link: '/workstation/reports',
      ...(owed.some((o) => o.overdue) ? { severity: 'warning' as const } : {}),
    });
  }
  return out;
}
