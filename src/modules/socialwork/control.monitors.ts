import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { monthsDone, runningProjects } from './control.repo.js';
import { missingMonths, nextMonth, opinionDueAt } from './control.rules.js';

const DAY = 86_400_000;

/**
 * The past months of running projects under the scope without a monthly check (or a supervision): each a breach
 * since the month ended; asked with a period, those whose month ended in it.
 */
async function missing(ctx: UseCase, scope: MonitorScope, table: 'sw_monthly_checks' | 'sw_supervisions') {
  const zone = await tenantZone(ctx);
  const current = businessDate(ctx.clock.now(), zone).slice(0, 7);
  const projects = (await runningProjects(ctx.db, ctx.actor.tenantId, [scope.path])).filter((p) => p.started_at);
  const done = await monthsDone(
    ctx.db,
    ctx.actor.tenantId,
    table,
    projects.map((p) => p.id),
  );
  const out: { project: (typeof projects)[number]; month: string; since: string }[] = [];
  for (const p of projects)
    for (const month of missingMonths(businessDate(p.started_at!, zone).slice(0, 7), current, done.get(p.id) ?? [])) {
      const since = startOfBusinessDay(`${nextMonth(month)}-01`, zone);
      if (scope.period && (since < scope.period.from || since >= scope.period.to)) continue;
      out.push({ project: p, month, since });
    }
  return out.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

const monthMonitor = (
  id: string,
  table: 'sw_monthly_checks' | 'sw_supervisions',
  key: string,
  title: Monitor['title'],
  responsibleRole: Monitor['responsibleRole'],
): Monitor => ({
  id,
  clauseId: 'A3.5',
  title,
  periodic: true,
  responsibleRole,
  async count(ctx, scope) {
    return (await missing(ctx, scope, table)).length;
  },
  async list(ctx, scope, page) {
    return (await missing(ctx, scope, table)).slice(page.offset, page.offset + page.limit).map(
      ({ project: p, month, since }): Breach => ({
        what: { key, values: { number: p.number, title: p.title, office: p.org_name, month } },
        since,
        entity: { type: 'sw_project', id: p.id, label: `${p.number} ${p.title}`, link: `/socialwork/projects/${p.id}?tab=control` },
        officeId: p.org_id,
      }),
    );
  },
});

/** A3.5: the executor checks the project against both plans every month. */
export const checkMissingMonitor = monthMonitor(
  'socialwork.check_missing',
  'sw_monthly_checks',
  'breach.socialworkCheckMissing',
  { 'zh-CN': '实施中的社工项目缺少月度检查', en: 'Running social-work projects missing a monthly check' },
  'social_worker',
);

/** A3.5: the supervisor supervises every project every month (monthly or on site). */
export const supervisionMissingMonitor = monthMonitor(
  'socialwork.supervision_missing',
  'sw_supervisions',
  'breach.socialworkSupervisionMissing',
  { 'zh-CN': '实施中的社工项目缺少月度督导', en: 'Running social-work projects missing a month’s supervision' },
  'project_supervisor',
);

/** Opinions of a region unanswered for more than its `opinionAnswerDays`. */
function unanswered(ctx: UseCase, region: ParamRegion) {
  const cutoff = new Date(ctx.clock.now().getTime() - region.value * DAY).toISOString();
  return ctx.db
    .selectFrom('sw_opinions as op')
    .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'op.tenant_id').onRef('p.id', '=', 'op.project_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .where('op.tenant_id', '=', ctx.actor.tenantId)
    .where(pathInRegion('n.path', region))
    .where('op.answered_at', 'is', null)
    .where('op.raised_at', '<', cutoff);
}

/** A3.5: the executor answers the supervisor's opinions within `opinionAnswerDays`. */
export const opinionOverdueMonitor: Monitor = {
  id: 'socialwork.opinion_overdue',
  clauseId: 'A3.5',
  title: { 'zh-CN': '督导意见未在时限内回复', en: 'Supervision opinions not answered in time' },
  responsibleRole: 'social_worker',
  async count(ctx, scope) {
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'opinionAnswerDays'))
      total += Number(
        (
          await unanswered(ctx, r)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'opinionAnswerDays')) {
      const rows = await unanswered(ctx, r)
        .select(['op.id', 'op.raised_at', 'p.id as project_id', 'p.number', 'p.title', 'p.org_id', 'n.name as org_name'])
        .orderBy('op.raised_at')
        .orderBy('op.id')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map(
          (o): Breach => ({
            what: {
              key: 'breach.socialworkOpinionOverdue',
              values: { number: o.number, title: o.title, office: o.org_name, days: r.value },
            },
            since: opinionDueAt(o.raised_at, r.value),
            entity: {
              type: 'sw_opinion',
              id: o.id,
              label: `${o.number} ${o.title}`,
              link: `/socialwork/projects/${o.project_id}?tab=control`,
            },
            officeId: o.org_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};

export const controlMonitors = [checkMissingMonitor, supervisionMissingMonitor, opinionOverdueMonitor];
