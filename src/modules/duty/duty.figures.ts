import type { UseCase } from '../../platform/context.js';
import { addDays } from './duty.rules.js';
import { todayOf } from './roster.service.js';

export interface DutyFigures {
  /** Days the person was on duty (after swaps) in the period, up to today: the roster's days to come are not yet served. */
  daysOnDuty: number;
  /** Duty logs they wrote for days of the period. */
  logsWritten: number;
  /** Past days of the period they were on duty with no duty log of that station and day. */
  logsMissing: number;
}

/**
 * Read-only duty figures per person over [from, to] (both days included), for the year-end assessment (A1.6). It
 * does not check access: the assessing use case has already decided the caller may assess these people. Every
 * person asked gets an entry (zeros when they had no duty).
 */
export async function dutyFiguresByPerson(
  ctx: UseCase,
  q: { userIds: string[]; from: string; to: string },
): Promise<Map<string, DutyFigures>> {
  const out = new Map<string, DutyFigures>(q.userIds.map((id) => [id, { daysOnDuty: 0, logsWritten: 0, logsMissing: 0 }]));
  if (!q.userIds.length || q.to < q.from) return out;
  const t = ctx.actor.tenantId;
  const today = await todayOf(ctx);
  const lastPast = addDays(today, -1);
  const [days, written, missing] = await Promise.all([
    ctx.db
      .selectFrom('duty_days')
      .select(['user_id', (eb) => eb.fn.countAll().as('n')])
      .where('tenant_id', '=', t)
      .where('user_id', 'in', q.userIds)
      .where('day', '>=', q.from)
      // biome-ignore lint/complexity/useMathMinMax: days are ISO strings (YYYY-MM-DD), compared as text, not numbers
      .where('day', '<=', q.to < today ? q.to : today)
      .groupBy('user_id')
      .execute(),
    ctx.db
      .selectFrom('duty_logs')
      .select(['user_id', (eb) => eb.fn.countAll().as('n')])
      .where('tenant_id', '=', t)
      .where('user_id', 'in', q.userIds)
      .where('day', '>=', q.from)
      .where('day', '<=', q.to)
      .groupBy('user_id')
      .execute(),
    ctx.db
      .selectFrom('duty_days as d')
      .leftJoin('duty_logs as l', (j) =>
        j.onRef('l.tenant_id', '=', 'd.tenant_id').onRef('l.org_id', '=', 'd.org_id').onRef('l.day', '=', 'd.day'),
      )
      .select(['d.user_id', (eb) => eb.fn.countAll().as('n')])
      .where('d.tenant_id', '=', t)
      .where('d.user_id', 'in', q.userIds)
      .where('d.day', '>=', q.from)
      .where('d.day', '<=', q.to)
      .where('d.day', '<=', lastPast)
      .where('l.id', 'is', null)
      .groupBy('d.user_id')
      .execute(),
  ]);
  for (const r of days) out.get(r.user_id)!.daysOnDuty = Number(r.n);
  for (const r of written) out.get(r.user_id)!.logsWritten = Number(r.n);
  for (const r of missing) out.get(r.user_id)!.logsMissing = Number(r.n);
  return out;
}
