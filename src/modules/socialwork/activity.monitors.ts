import { sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { addDays } from './activity.rules.js';

const held = (ctx: UseCase) =>
  ctx.db
    .selectFrom('sw_activities as a')
    .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.project_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .where('a.tenant_id', '=', ctx.actor.tenantId)
    .where('a.state', '=', 'held');

/** Held activities of a region whose brief is missing past its due day: held before today − briefDeadlineDays. */
function overdue(ctx: UseCase, region: ParamRegion, today: string) {
  return held(ctx)
    .where(pathInRegion('n.path', region))
    .where('a.brief_at', 'is', null)
    .where('a.held_on', '<', addDays(today, -region.value));
}

/** A3.4: 活动完成后 2 日内编写活动简报 — activities held whose brief is still missing after the deadline. */
export const briefOverdueMonitor: Monitor = {
  id: 'socialwork.brief_overdue',
  clauseId: 'A3.4',
  title: { 'zh-CN': '活动简报逾期未写', en: 'Activity briefs overdue' },
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'briefDeadlineDays'))
      total += Number(
        (
          await overdue(ctx, r, today)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const zone = await tenantZone(ctx);
    const today = businessDate(ctx.clock.now(), zone);
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'briefDeadlineDays')) {
      const rows = await overdue(ctx, r, today)
        .select(['a.id', 'a.title', 'a.held_on', 'p.id as project_id', 'p.number', 'p.org_id', 'n.name as org_name'])
        .orderBy('a.held_on')
        .orderBy('a.id')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map(
          (a): Breach => ({
            what: {
              key: 'breach.socialworkBriefOverdue',
              values: { title: a.title, number: a.number, office: a.org_name, heldOn: a.held_on!, days: r.value },
            },
            since: startOfBusinessDay(addDays(a.held_on!, r.value + 1), zone),
            entity: {
              type: 'sw_activity',
              id: a.id,
              label: `${a.number} ${a.title}`,
              link: `/socialwork/projects/${a.project_id}?tab=activities`,
            },
            officeId: a.org_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};

/** Held activities with no written plan, or whose plan was written only after it was held. */
const withoutPlan = (ctx: UseCase, scope: MonitorScope) =>
  held(ctx)
    .where(pathInRegion('n.path', { prefix: scope.path, exclude: [] }))
    .where((eb) =>
      eb.or([
        eb(sql`trim(a.plan_goals)`, '=', ''),
        eb(sql`trim(a.plan_content)`, '=', ''),
        eb(sql`trim(a.plan_staffing)`, '=', ''),
        eb('a.plan_written_at', '>', eb.ref('a.held_at')),
      ]),
    );

/** A3.4: 每次开展项目活动，应编制相应的活动计划 — an activity held without its plan (the server refuses it; this proves 0). */
export const heldWithoutPlanMonitor: Monitor = {
  id: 'socialwork.activity_without_plan',
  clauseId: 'A3.4',
  title: { 'zh-CN': '活动开展前未编制活动计划', en: 'Activities held without an activity plan' },
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    const r = await withoutPlan(ctx, scope)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async list(ctx, scope, page) {
    const rows = await withoutPlan(ctx, scope)
      .select(['a.id', 'a.title', 'a.held_on', 'a.held_at', 'p.id as project_id', 'p.number', 'p.org_id', 'n.name as org_name'])
      .orderBy('a.held_at')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map(
      (a): Breach => ({
        what: {
          key: 'breach.socialworkActivityWithoutPlan',
          values: { title: a.title, number: a.number, office: a.org_name, heldOn: a.held_on ?? '' },
        },
        since: a.held_at ?? a.held_on ?? '',
        entity: {
          type: 'sw_activity',
          id: a.id,
          label: `${a.number} ${a.title}`,
          link: `/socialwork/projects/${a.project_id}?tab=activities`,
        },
        officeId: a.org_id,
      }),
    );
  },
};
