import type { UseCase } from '../../platform/context.js';
import { attendancesIn, coursesIn } from './hours.repo.js';
import { fromTenths, hoursPerPerson } from './training.rules.js';

/**
 * Training hours of these people in a period (dates YYYY-MM-DD, both included), for the year-end assessment (A1.6):
 * the sessions they attended held in the period and the outside courses whose last day falls in it. Read-only; it
 * checks no permission — the caller decides whose figures it may show. Hours are stored as whole tenths of an hour and
 * returned as hours (3.5); everyone asked for gets an entry, zeros when they had no training.
 */
export async function trainingHoursByPerson(
  ctx: UseCase,
  q: { userIds: string[]; from: string; to: string },
): Promise<Map<string, { sessionHours: number; outsideHours: number; sessions: number }>> {
  const out = new Map<string, { sessionHours: number; outsideHours: number; sessions: number }>();
  if (!q.userIds.length) return out;
  const whom = { userIds: q.userIds };
  const period = { from: q.from, to: q.to };
  const [attended, courses] = await Promise.all([
    attendancesIn(ctx.db, ctx.actor.tenantId, whom, period),
    coursesIn(ctx.db, ctx.actor.tenantId, whom, period),
  ]);
  const totals = hoursPerPerson(
    q.userIds,
    attended.map((a) => ({ userId: a.user_id, tenths: Number(a.hours_tenths) })),
    courses.map((c) => ({ userId: c.user_id, tenths: Number(c.hours_tenths) })),
  );
  for (const [id, h] of totals)
    out.set(id, { sessionHours: fromTenths(h.sessionTenths), outsideHours: fromTenths(h.outsideTenths), sessions: h.sessions });
  return out;
}
