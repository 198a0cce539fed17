import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { periodBound } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { reportedByPeople } from './incident.repo.js';

/**
 * A1.3 in a person's year-end assessment (A1.6): the urgent incidents they reported upward in the period, and how many
 * of those after the station's `incidentReportMinutes`.
 */
export async function reportingPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const zone = await tenantZone(ctx);
  const rows = await reportedByPeople(
    ctx.db,
    ctx.actor.tenantId,
    q.userIds,
    periodBound(q.from, zone, 'from'),
    periodBound(q.to, zone, 'to'),
  );
  const limits = new Map<string, number>();
  const tally = new Map<string, { reported: number; late: number }>();
  for (const r of rows) {
    if (!r.reported_by) continue;
    if (!limits.has(r.org_path)) limits.set(r.org_path, await paramAt(ctx, r.org_path, 'incidentReportMinutes'));
    const t = tally.get(r.reported_by) ?? { reported: 0, late: 0 };
    t.reported += 1;
    if (Number(r.report_delay_minutes) > (limits.get(r.org_path) ?? 0)) t.late += 1;
    tally.set(r.reported_by, t);
  }
  return new Map(
    [...tally].map(([userId, t]) => [
      userId,
      [
        { key: 'reporting.incidentsReported', unit: 'count', value: t.reported },
        { key: 'reporting.incidentsLate', unit: 'count', value: t.late, better: 'lower' },
      ],
    ]),
  );
}
