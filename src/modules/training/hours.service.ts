import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import * as repo from './hours.repo.js';
import { trainingOrg } from './training.org.js';
import { TRAINING_READ } from './training.permissions.js';
import { fromTenths, hoursPerPerson } from './training.rules.js';
import type * as s from './training.schemas.js';

/**
 * Hours per person of a station or centre in a period (A1.1: 统计个人学时): every active staff member of the node, and
 * anyone of it with hours in the period who has since left, with the hours of the sessions they attended (wherever
 * held) and of the outside courses that ended in the period.
 */
export async function hoursReport(ctx: UseCase, q: z.infer<typeof s.hoursQuery>): Promise<z.infer<typeof s.hoursReport>> {
  const org = await trainingOrg(ctx, q.orgId, TRAINING_READ);
  if (q.to < q.from) throw fieldError('unprocessable', 'training.period_reversed', 'to', 'the period ends before it starts');
  const t = ctx.actor.tenantId;
  const whom = { homePath: org.path };
  const period = { from: q.from, to: q.to };
  const [staff, attended, courses] = await Promise.all([
    repo.staffOf(ctx.db, t, org.path),
    repo.attendancesIn(ctx.db, t, whom, period),
    repo.coursesIn(ctx.db, t, whom, period),
  ]);
  const names = new Map<string, { name: string; orgName: string }>();
  for (const p of [...staff.map((x) => ({ ...x, user_id: x.id })), ...attended, ...courses])
    if (!names.has(p.user_id)) names.set(p.user_id, { name: p.display_name, orgName: p.org_name });
  const totals = hoursPerPerson(
    staff.map((p) => p.id),
    attended.map((a) => ({ userId: a.user_id, tenths: Number(a.hours_tenths) })),
    courses.map((c) => ({ userId: c.user_id, tenths: Number(c.hours_tenths) })),
  );
  return {
    orgId: org.id,
    orgName: org.name,
    from: q.from,
    to: q.to,
    items: [...totals].map(([userId, h]) => ({
      userId,
      name: names.get(userId)?.name ?? '',
      orgName: names.get(userId)?.orgName ?? '',
      sessions: h.sessions,
      sessionHours: fromTenths(h.sessionTenths),
      courses: h.courses,
      outsideHours: fromTenths(h.outsideTenths),
      totalHours: fromTenths(h.sessionTenths + h.outsideTenths),
    })),
  };
}

/** The active staff of a station or centre: whom a session's attendees and a course's person are chosen among. */
export async function trainingStaff(ctx: UseCase, q: z.infer<typeof s.staffQuery>): Promise<z.infer<typeof s.staffList>> {
  const org = await trainingOrg(ctx, q.orgId, TRAINING_READ);
  const rows = await repo.staffOf(ctx.db, ctx.actor.tenantId, org.path);
  return { items: rows.map((r) => ({ id: r.id, name: r.display_name, orgName: r.org_name })) };
}
