import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { businessDate, periodBound } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { briefLate, monthsBetween, opinionAnsweredLate, opinionOverdue, previousMonth } from './control.rules.js';
import type * as s from './control.schemas.js';
import { today } from './control.service.js';
import { peopleHolding } from './project.repo.js';
import { SW_ASSESS, SW_EXECUTE } from './socialwork.permissions.js';

type Overview = z.infer<typeof s.assessmentOverview>;
type Assessment = z.infer<typeof s.assessmentSchema>;

const within = (path: string, scope: readonly string[]) => scope.some((p) => path.startsWith(p));

/** The executors the caller assesses: active holders of socialwork.execute whose home node lies where they assess. */
async function executorsIn(ctx: UseCase, scope: readonly string[]) {
  const rows = await peopleHolding(ctx.db, ctx.actor.tenantId, [SW_EXECUTE]);
  return rows.filter((r, i) => within(r.homePath, scope) && rows.findIndex((q) => q.id === r.id) === i);
}

function assessments(ctx: UseCase) {
  return ctx.db
    .selectFrom('sw_assessments as a')
    .innerJoin('users as e', (j) => j.onRef('e.tenant_id', '=', 'a.tenant_id').onRef('e.id', '=', 'a.executor_id'))
    .innerJoin('users as h', (j) => j.onRef('h.tenant_id', '=', 'a.tenant_id').onRef('h.id', '=', 'a.assessor_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.org_id'))
    .selectAll('a')
    .select(['e.display_name as executor_name', 'h.display_name as assessor_name', 'o.path'])
    .where('a.tenant_id', '=', ctx.actor.tenantId);
}

type AssessmentRow = Awaited<ReturnType<ReturnType<typeof assessments>['execute']>>[number];
const present = (r: AssessmentRow): Assessment => ({
  id: r.id,
  orgId: r.org_id,
  executorId: r.executor_id,
  executorName: r.executor_name,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  score: Number(r.score),
  comments: r.comments,
  assessorName: r.assessor_name,
  assessedAt: r.assessed_at,
});

/**
 * 执行人考核 (A3.5): per executor where the caller assesses, their projects and the real figures of the period —
 * monthly checks done against the months owed, opinions answered late or left unanswered, activities held and briefs
 * late — beside the assessments already made.
 */
export async function assessmentOverview(ctx: UseCase, q: z.infer<typeof s.assessmentQuery>): Promise<Overview> {
  const scope = scopeOf(ctx.actor.access, SW_ASSESS);
  if (!scope.length) throw forbidden(SW_ASSESS);
  if (q.to < q.from) throw fieldError('unprocessable', 'socialwork.period_reversed', 'to', 'the period ends before it begins');
  const t = ctx.actor.tenantId;
  const { date: todayDate, month: currentMonth, zone } = await today(ctx);
  const now = ctx.clock.now().toISOString();
  const people = await executorsIn(ctx, scope);
  const ids = people.map((p) => p.id);
  const projects = ids.length
    ? await ctx.db
        .selectFrom('sw_projects as p')
        .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
        .select(['p.id', 'p.number', 'p.title', 'p.state', 'p.executor_id', 'p.started_at', 'p.closed_at', 'o.path'])
        .where('p.tenant_id', '=', t)
        .where('p.executor_id', 'in', ids)
        .where(pathWithin('o.path', scope))
        .orderBy('p.number')
        .execute()
    : [];
  const projectIds = projects.map((p) => p.id);
  const [checks, opinions, activities, made] = await Promise.all([
    projectIds.length
      ? ctx.db
          .selectFrom('sw_monthly_checks')
          .select(['project_id', 'month'])
          .where('tenant_id', '=', t)
          .where('project_id', 'in', projectIds)
          .execute()
      : [],
    projectIds.length
      ? ctx.db
          .selectFrom('sw_opinions')
          .select(['project_id', 'raised_at', 'answered_at'])
          .where('tenant_id', '=', t)
          .where('project_id', 'in', projectIds)
          .where('raised_at', '>=', periodBound(q.from, zone, 'from'))
          .where('raised_at', '<', periodBound(q.to, zone, 'to'))
          .execute()
      : [],
    projectIds.length
      ? ctx.db
          .selectFrom('sw_activities')
          .select(['project_id', 'held_on', 'brief_at'])
          .where('tenant_id', '=', t)
          .where('project_id', 'in', projectIds)
          .where('state', '=', 'held')
          .where('held_on', '>=', q.from)
          .where('held_on', '<=', q.to)
          .execute()
      : [],
    assessments(ctx)
      .where(pathWithin('o.path', scope))
      .where('a.period_from', '<=', q.to)
      .where('a.period_to', '>=', q.from)
      .orderBy('a.assessed_at', 'desc')
      .execute(),
  ]);
  const param = new Map<string, Promise<[number, number]>>();
  const daysAt = (path: string) => {
    let p = param.get(path);
    if (!p) {
      p = Promise.all([paramAt(ctx, path, 'opinionAnswerDays'), paramAt(ctx, path, 'briefDeadlineDays')]);
      param.set(path, p);
    }
    return p;
  };
  const lastOwed = previousMonth(currentMonth);
  const executors = [];
  for (const person of people) {
    const mine = projects.filter((p) => p.executor_id === person.id);
    let monthsDue = 0;
    let checksDone = 0;
    let opinionCount = 0;
    let answeredLate = 0;
    let unanswered = 0;
    let held = 0;
    let late = 0;
    for (const p of mine) {
      const [opinionDays, briefDays] = await daysAt(p.path);
      if (p.started_at) {
        const from = [businessDate(p.started_at, zone).slice(0, 7), q.from.slice(0, 7)].sort()[1]!;
        const ends = [lastOwed, q.to.slice(0, 7)];
        if (p.closed_at) ends.push(businessDate(p.closed_at, zone).slice(0, 7));
        const owed = monthsBetween(from, ends.sort()[0]!);
        const done = new Set(checks.filter((c) => c.project_id === p.id).map((c) => c.month));
        monthsDue += owed.length;
        checksDone += owed.filter((m) => done.has(m)).length;
      }
      for (const o of opinions.filter((x) => x.project_id === p.id)) {
        const times = { raisedAt: o.raised_at, answeredAt: o.answered_at };
        opinionCount++;
        if (opinionAnsweredLate(times, opinionDays)) answeredLate++;
        if (opinionOverdue(times, opinionDays, now)) unanswered++;
      }
      for (const a of activities.filter((x) => x.project_id === p.id && x.held_on)) {
        held++;
        if (briefLate(a.held_on!, a.brief_at ? businessDate(a.brief_at, zone) : null, briefDays, todayDate)) late++;
      }
    }
    executors.push({
      executorId: person.id,
      executorName: person.displayName,
      orgName: person.orgName,
      projects: mine.map((p) => ({ id: p.id, number: p.number, title: p.title, state: p.state })),
      monthsDue,
      checksDone,
      opinions: opinionCount,
      opinionsAnsweredLate: answeredLate,
      opinionsUnanswered: unanswered,
      activitiesHeld: held,
      briefsLate: late,
      assessments: made.filter((a) => a.executor_id === person.id).map(present),
    });
  }
  return { mayAssess: true, executors };
}

/** The head's assessment of an executor for a period (A3.5): a score of 0–100 and comments. */
export async function recordAssessment(ctx: UseCase, body: z.infer<typeof s.assessmentBody>): Promise<Assessment> {
  const scope = scopeOf(ctx.actor.access, SW_ASSESS);
  if (!scope.length) throw forbidden(SW_ASSESS);
  if (body.periodTo < body.periodFrom)
    throw fieldError('unprocessable', 'socialwork.period_reversed', 'periodTo', 'the period ends before it begins');
  if (!(await executorsIn(ctx, scope)).some((p) => p.id === body.executorId))
    throw fieldError('unprocessable', 'socialwork.not_executor', 'executorId', 'not a social worker of the organisation you assess');
  const user = await ctx.db
    .selectFrom('users')
    .select('org_id')
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', '=', body.executorId)
    .executeTakeFirstOrThrow();
  const id = await inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      org_id: user.org_id,
      executor_id: body.executorId,
      period_from: body.periodFrom,
      period_to: body.periodTo,
      score: body.score,
      comments: body.comments,
      assessor_id: tx.actor.userId!,
      assessed_at: tx.now,
    };
    await tx.db.insertInto('sw_assessments').values(row).execute();
    await tx.audit({ action: 'sw_assessment.create', entity: 'sw_assessment', entityId: row.id, after: row });
    return row.id;
  });
  return readAssessment(ctx, id);
}

/** One assessment, to the people assessing where the executor works (also the history reader of `sw_assessment`). */
export async function readAssessment(ctx: UseCase, id: string): Promise<Assessment> {
  const r = await assessments(ctx).where('a.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('sw_assessment');
  authorize(ctx.actor.access, SW_ASSESS, r.path, 'sw_assessment');
  return present(r);
}
