import { hasAnywhere, scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { fieldError, forbidden } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import { PARKING_READ } from './parking.permissions.js';
import * as repo from './parking-report.repo.js';
import { type DayFigures, dailyFigures, daysBetween, REPORT_MAX_DAYS, sumFigures } from './parking-report.rules.js';

export interface DailyReportInput {
  from: string;
  to: string;
  carParkId?: string | undefined;
  estateId?: string | undefined;
}

/**
 * 停车日报 (A2.4.1.2): per car park and business day (the organisation's zone) — the stays that ended that day, what
 * they were charged, collected, waived (each with its reason and approver) and still owe, the pass, free, unmatched
 * and unchargeable ones, and the cars inside at the day's close. Over the car parks where the caller reads parking.
 */
export async function dailyReport(ctx: UseCase, input: DailyReportInput) {
  if (!hasAnywhere(ctx.actor.access, PARKING_READ)) throw forbidden(PARKING_READ);
  if (input.to < input.from) throw fieldError('invalid', 'parking_report.range_invalid', 'to', 'the last day is before the first');
  const days = daysBetween(input.from, input.to);
  if (days.length > REPORT_MAX_DAYS)
    throw fieldError('invalid', 'parking_report.range_too_long', 'to', `a report covers at most ${REPORT_MAX_DAYS} days`);
  const tz = await tenantZone(ctx);
  const scope = scopeOf(ctx.actor.access, PARKING_READ);
  const from = startOfBusinessDay(input.from, tz);
  const to = startOfBusinessDay(nextBusinessDate(input.to), tz);
  const carParks = await repo.reportCarParks(ctx.db, ctx.actor.tenantId, { scope, carParkId: input.carParkId, estateId: input.estateId });
  const stays = await repo.reportStays(
    ctx.db,
    ctx.actor.tenantId,
    carParks.map((c) => c.id),
    from,
    to,
  );
  const figures = dailyFigures(
    stays,
    carParks.map((c) => c.id),
    days,
    tz,
    ctx.clock.now().toISOString(),
  );
  const rows: ({
    date: string;
    carParkId: string;
    carParkCode: string;
    carParkName: string;
    estateName: string;
    officeName: string;
  } & DayFigures)[] = [];
  for (const c of carParks) {
    const byDay = figures.get(c.id)!;
    // a car park no longer in use shows only the days it had something
    const shown = days.filter((d) => c.active || byDay.get(d)!.stays > 0 || byDay.get(d)!.parkedAtClose > 0);
    for (const d of shown)
      rows.push({
        date: d,
        carParkId: c.id,
        carParkCode: c.code,
        carParkName: c.name,
        estateName: c.estateName,
        officeName: c.officeName,
        ...byDay.get(d)!,
      });
  }
  rows.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  return { from: input.from, to: input.to, rows, totals: sumFigures(rows) };
}
