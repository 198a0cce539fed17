import type { z } from 'zod';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import * as repo from './control.repo.js';
import { firstMissedWithoutRemedy, monthsBetween, opinionDueAt, opinionOverdue } from './control.rules.js';
import type * as s from './control.schemas.js';
import { loadProject, requireProjectState } from './project.service.js';
import { SW_EXECUTE, SW_SUPERVISE } from './socialwork.permissions.js';

type Control = z.infer<typeof s.projectControl>;

/** Today and this month in the tenant's zone, by the use case's clock. */
export async function today(ctx: UseCase): Promise<{ date: string; month: string; zone: string }> {
  const zone = await tenantZone(ctx);
  const date = businessDate(ctx.clock.now(), zone);
  return { date, month: date.slice(0, 7), zone };
}

/** The month a project started in (its first month owing a check and a supervision). */
const startMonth = (startedAt: string | null, zone: string) => (startedAt ? businessDate(startedAt, zone).slice(0, 7) : null);

/** A month checked or supervised is past or current, and not before the project started (`field` month). */
function requireMonth(month: string, current: string, start: string | null): void {
  if (month > current) throw fieldError('unprocessable', 'socialwork.month_future', 'month', 'the month has not begun yet');
  if (start && month < start)
    throw fieldError('unprocessable', 'socialwork.month_before_start', 'month', 'the project had not started in that month');
}

/** 监控 of a project (A3.5): its months with check and supervision, the checks, the supervisions and their opinions. */
export async function projectControl(ctx: UseCase, projectId: string): Promise<Control> {
  const { project, orgPath } = await loadProject(ctx, projectId);
  const t = ctx.actor.tenantId;
  const { month: currentMonth, zone } = await today(ctx);
  const days = await paramAt(ctx, orgPath, 'opinionAnswerDays');
  const now = ctx.clock.now().toISOString();
  const [checks, supervisions, opinions, keys] = await Promise.all([
    repo.listChecks(ctx.db, t, projectId),
    repo.listSupervisions(ctx.db, t, projectId),
    repo.listOpinions(ctx.db, t, projectId),
    repo.keyActivities(ctx.db, t, projectId),
  ]);
  const start = startMonth(project.startedAt, zone);
  const end = project.closedAt ? businessDate(project.closedAt, zone).slice(0, 7) : currentMonth;
  const checked = new Set(checks.map((c) => c.month));
  const supervised = new Set(supervisions.map((x) => x.month));
  return {
    currentMonth,
    opinionAnswerDays: days,
    months: start
      ? monthsBetween(start, end)
          .reverse()
          .map((m) => ({ month: m, checked: checked.has(m), supervised: supervised.has(m) }))
      : [],
    checks,
    supervisions: supervisions.map((x) => ({
      id: x.id,
      projectId: x.project_id,
      kind: x.kind,
      month: x.month,
      heldOn: x.held_on,
      activityId: x.activity_id,
      activityTitle: x.activity_title ?? null,
      findings: x.findings,
      supervisorName: x.supervisor_name,
      recordedAt: x.recorded_at,
      opinions: opinions
        .filter((o) => o.supervision_id === x.id)
        .map((o) => ({
          id: o.id,
          supervisionId: o.supervision_id,
          text: o.text,
          raisedAt: o.raised_at,
          dueAt: opinionDueAt(o.raised_at, days),
          overdue: opinionOverdue({ raisedAt: o.raised_at, answeredAt: o.answered_at }, days, now),
          answer: o.answer,
          answeredByName: o.answered_by_name ?? null,
          answeredAt: o.answered_at,
          version: Number(o.version),
        })),
    })),
    keyActivities: keys.map((a) => ({ id: a.id, title: a.title, plannedOn: a.planned_on })),
  };
}

/**
 * The executor's monthly check (A3.5) of a running project: findings against both plans, and every item missed with
 * its remedial action; one per project and month.
 */
export async function recordCheck(ctx: UseCase, projectId: string, body: z.infer<typeof s.monthlyCheckBody>): Promise<Control> {
  const { project } = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(project, ['running'], 'a monthly check');
  const { month: current, zone } = await today(ctx);
  requireMonth(body.month, current, startMonth(project.startedAt, zone));
  const bad = firstMissedWithoutRemedy(body.missed);
  if (bad >= 0)
    throw fieldError('unprocessable', 'socialwork.remedy_required', `missed.${bad}.remedy`, 'every missed item needs its remedial action');
  if (await repo.checkOfMonth(ctx.db, ctx.actor.tenantId, projectId, body.month)) throw checkExists();
  await inTransaction(ctx, async (tx) => {
    const check: repo.MonthlyCheck = {
      id: newId(),
      projectId,
      month: body.month,
      findings: body.findings,
      missed: body.missed.map((m) => ({ item: m.item, remedy: m.remedy })),
      checkedBy: tx.actor.userId!,
      checkedAt: tx.now,
    };
    await repo.insertCheck(tx.db, tx.actor.tenantId, check);
    await tx.audit({ action: 'sw_monthly_check.create', entity: 'sw_monthly_check', entityId: check.id, after: check });
  });
  return projectControl(ctx, projectId);
}

export const checkExists = () => fieldError('conflict', 'socialwork.check_exists', 'month', 'the project has a check of this month');

/**
 * The supervisor's monthly or on-site supervision (A3.5) of a running project, with the opinions the executor must
 * answer; on site it is of one of the project's key activities.
 */
export async function recordSupervision(ctx: UseCase, projectId: string, body: z.infer<typeof s.supervisionBody>): Promise<Control> {
  const { project } = await loadProject(ctx, projectId, SW_SUPERVISE);
  requireProjectState(project, ['running'], 'a supervision');
  const { month: current, date, zone } = await today(ctx);
  requireMonth(body.month, current, startMonth(project.startedAt, zone));
  if (body.heldOn > date)
    throw fieldError('unprocessable', 'socialwork.date_future', 'heldOn', 'the supervision cannot be held in the future');
  let activityId: string | null = null;
  if (body.kind === 'on_site') {
    const a = body.activityId ? await repo.findActivity(ctx.db, ctx.actor.tenantId, body.activityId) : undefined;
    if (!a || a.project_id !== projectId || Number(a.key_activity) !== 1)
      throw fieldError(
        'unprocessable',
        'socialwork.not_key_activity',
        'activityId',
        'on-site supervision is of one of the project’s key activities',
      );
    activityId = a.id;
  }
  await inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const supervision = {
      tenant_id: t,
      id: newId(),
      project_id: projectId,
      kind: body.kind,
      month: body.month,
      held_on: body.heldOn,
      activity_id: activityId,
      findings: body.findings,
      supervisor_id: tx.actor.userId!,
      recorded_at: tx.now,
    };
    await repo.insertSupervision(tx.db, supervision);
    await tx.audit({ action: 'sw_supervision.create', entity: 'sw_supervision', entityId: supervision.id, after: supervision });
    for (const text of body.opinions) {
      const opinion = {
        tenant_id: t,
        id: newId(),
        project_id: projectId,
        supervision_id: supervision.id,
        text,
        raised_at: tx.now,
        answer: null,
        answered_by: null,
        answered_at: null,
        version: 1,
      };
      await repo.insertOpinion(tx.db, opinion);
      await tx.audit({ action: 'sw_opinion.raise', entity: 'sw_opinion', entityId: opinion.id, after: opinion });
    }
  });
  return projectControl(ctx, projectId);
}

const answered = () => new DomainError('conflict', 'socialwork.opinion_answered', 'the opinion has been answered');

/** The executor answers a supervision opinion (A3.5), once. */
export async function answerOpinion(ctx: UseCase, opinionId: string, body: z.infer<typeof s.answerBody>): Promise<Control> {
  const before = await repo.findOpinion(ctx.db, ctx.actor.tenantId, opinionId);
  if (!before) throw notFound('sw_opinion');
  const { project } = await loadProject(ctx, before.project_id, SW_EXECUTE);
  requireProjectState(project, ['running', 'closing'], 'an answer');
  if (before.answered_at) throw answered();
  if (body.version !== undefined && body.version !== Number(before.version))
    throw new DomainError('conflict', 'record.version_conflict', 'the opinion was changed by someone else; reload');
  await inTransaction(ctx, async (tx) => {
    const a = { answer: body.answer, answeredBy: tx.actor.userId!, answeredAt: tx.now };
    if (!(await repo.answerOpinion(tx.db, tx.actor.tenantId, opinionId, Number(before.version), a))) throw answered();
    const after = {
      ...before,
      answer: a.answer,
      answered_by: a.answeredBy,
      answered_at: a.answeredAt,
      version: Number(before.version) + 1,
    };
    await tx.audit({ action: 'sw_opinion.answer', entity: 'sw_opinion', entityId: opinionId, before, after });
  });
  return projectControl(ctx, before.project_id);
}

/** History readers: a check, a supervision or an opinion is read through its project. */
export async function readCheck(ctx: UseCase, id: string) {
  const c = await repo.findCheck(ctx.db, ctx.actor.tenantId, id);
  if (!c) throw notFound('sw_monthly_check');
  await loadProject(ctx, c.projectId);
  return c;
}

export async function readSupervision(ctx: UseCase, id: string) {
  const x = await repo.findSupervision(ctx.db, ctx.actor.tenantId, id);
  if (!x) throw notFound('sw_supervision');
  await loadProject(ctx, x.project_id);
  return x;
}

export async function readOpinion(ctx: UseCase, id: string) {
  const o = await repo.findOpinion(ctx.db, ctx.actor.tenantId, id);
  if (!o) throw notFound('sw_opinion');
  await loadProject(ctx, o.project_id);
  return o;
}
