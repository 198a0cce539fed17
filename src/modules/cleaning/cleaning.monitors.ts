import { type SqlBool, sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import { CLEANING_AREAS, PLAN_FREQUENCIES, type PlanFrequency } from './cleaning.types.js';
import { lastEndedPeriod } from './cleaning-score.rules.js';

const minusDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Planned inspections past their period in the scope: still planned after the period's last day. Asked about a
 * period, those whose deadline (the start of the day after the period) fell in it and that were not done by then.
 */
export async function missedInspections(ctx: UseCase, scope: MonitorScope) {
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const q = ctx.db
    .selectFrom('cleaning_inspections as i')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'i.tenant_id').onRef('n.id', '=', 'i.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'i.tenant_id').onRef('e.id', '=', 'i.estate_id'))
    .where('i.tenant_id', '=', ctx.actor.tenantId)
    .where(pathWithin('n.path', [scope.path]))
    .where('i.plan_id', 'is not', null)
    .where('i.period_end', '<', today);
  if (!scope.period) return { zone, q: q.where('i.state', '=', 'planned') };
  const from = minusDay(businessDate(scope.period.from, zone));
  const to = minusDay(businessDate(scope.period.to, zone));
  return {
    zone,
    q: q
      .where('i.period_end', '>=', from)
      .where('i.period_end', '<', to)
      .where((eb) => eb.or([eb('i.state', '=', 'planned'), eb('i.done_date', '>', eb.ref('i.period_end'))])),
  };
}

/** Open rectification rounds past their deadline; asked about a period, those due in it and not done by then. */
export function overdueRectifications(ctx: UseCase, scope: MonitorScope) {
  const now = ctx.clock.now().toISOString();
  const q = ctx.db
    .selectFrom('cleaning_rectifications as x')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'x.tenant_id').onRef('n.id', '=', 'x.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'x.tenant_id').onRef('e.id', '=', 'x.estate_id'))
    .where('x.tenant_id', '=', ctx.actor.tenantId)
    .where(pathWithin('n.path', [scope.path]))
    .where('x.due_at', '<', now);
  if (!scope.period) return q.where('x.state', '=', 'open');
  return q
    .where('x.due_at', '>=', scope.period.from)
    .where('x.due_at', '<', scope.period.to)
    .where((eb) => eb.or([eb('x.done_at', 'is', null), eb('x.done_at', '>', eb.ref('x.due_at'))]));
}

/**
 * The areas of active plans unchecked in their plan's last ended period — the SQL of the rule `uncheckedAreas`
 * (cleaning-score.rules.ts; test/integration/cleaning-scores.test.ts shows they agree): a plan made before that
 * period ended, one of its areas, and no inspection of that estate's area of any level done within the period.
 */
export async function uncheckedAreasQuery(ctx: UseCase, scope: MonitorScope) {
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const periods = Object.fromEntries(PLAN_FREQUENCIES.map((f) => [f, lastEndedPeriod(f, today)])) as Record<
    PlanFrequency,
    { start: string; end: string }
  >;
  const pick = (f: (p: { start: string; end: string }) => string) =>
    sql<string>`(case p.frequency ${sql.join(
      PLAN_FREQUENCIES.map((k) => sql`when ${sql.lit(k)} then ${sql.lit(f(periods[k]))}`),
      sql` `,
    )} end)`;
  const start = pick((p) => p.start);
  const end = pick((p) => p.end);
  const madeBy = pick((p) => startOfBusinessDay(nextBusinessDate(p.end), zone));
  const areas = sql`(${sql.join(
    CLEANING_AREAS.map((a) => sql`select ${sql.lit(a)} as area`),
    sql` union all `,
  )})`;
  const q = ctx.db
    .selectFrom('cleaning_plans as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'p.tenant_id').onRef('e.id', '=', 'p.estate_id'))
    .innerJoin(areas.as('a'), (j) => j.on(sql<SqlBool>`p.areas like ${sql.lit('%"')} || a.area || ${sql.lit('"%')}`))
    .where('p.tenant_id', '=', ctx.actor.tenantId)
    .where(pathWithin('n.path', [scope.path]))
    .where('p.active', '=', 1)
    .where(sql<SqlBool>`p.created_at < ${madeBy}`)
    .where(
      sql<SqlBool>`not exists (select 1 from cleaning_inspections i where i.tenant_id = p.tenant_id and i.estate_id = p.estate_id
        and i.area = a.area and i.state = 'done' and i.done_date >= ${start} and i.done_date <= ${end})`,
    );
  return { zone, periods, q };
}

const total = (r: { n: string | number | bigint } | undefined) => Number(r?.n ?? 0);

/** Where a breach's coded values are named: an area and a level of checks (the web's cleaning catalogue). */
const CODED = { area: 'cleaning:areas', level: 'cleaning:levels' };

/** A6.3: a planned inspection whose period ended while still planned. */
export const inspectionMissedMonitor: Monitor = {
  id: 'cleaning.inspection_missed',
  clauseId: 'A6.3',
  title: { 'zh-CN': '计划的保洁检查未在周期内完成', en: 'Planned cleaning inspections not done within their period' },
  periodic: true,
  responsibleRole: 'environment_supervisor',
  async count(ctx, scope) {
    const { q } = await missedInspections(ctx, scope);
    return total(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  },
  async list(ctx, scope, page) {
    const { zone, q } = await missedInspections(ctx, scope);
    const rows = await q
      .select(['i.id', 'i.level', 'i.area', 'i.period_start', 'i.period_end', 'i.office_id', 'e.name'])
      .orderBy('i.period_end')
      .orderBy('i.id')
      .offset(page.offset)
      .limit(page.limit)
      .execute();
    return rows.map(
      (i): Breach => ({
        what: {
          key: 'breach.cleaningInspectionMissed',
          values: { estate: i.name, area: i.area, level: i.level, start: i.period_start, end: i.period_end },
          coded: CODED,
        },
        since: startOfBusinessDay(nextBusinessDate(i.period_end), zone),
        entity: {
          type: 'cleaning_inspection',
          id: i.id,
          label: `${i.name} ${i.period_start}–${i.period_end}`,
          link: `/cleaning/inspections/${i.id}`,
        },
        officeId: i.office_id,
      }),
    );
  },
};

/** A6.3: a rectification round open past its deadline. */
export const rectificationOverdueMonitor: Monitor = {
  id: 'cleaning.rectification_overdue',
  clauseId: 'A6.3',
  title: { 'zh-CN': '保洁整改超过期限未完成', en: 'Cleaning rectifications not done by their deadline' },
  periodic: true,
  responsibleRole: 'environment_supervisor',
  count: async (ctx, scope) =>
    total(
      await overdueRectifications(ctx, scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
  async list(ctx, scope, page) {
    const rows = await overdueRectifications(ctx, scope)
      .select(['x.id', 'x.area', 'x.level', 'x.round', 'x.due_at', 'x.office_id', 'e.name'])
      .orderBy('x.due_at')
      .orderBy('x.id')
      .offset(page.offset)
      .limit(page.limit)
      .execute();
    return rows.map(
      (x): Breach => ({
        what: {
          key: 'breach.cleaningRectificationOverdue',
          values: { estate: x.name, area: x.area, level: x.level, round: x.round },
          coded: CODED,
        },
        since: x.due_at,
        entity: { type: 'cleaning_rectification', id: x.id, label: x.name, link: `/cleaning/rectifications/${x.id}` },
        officeId: x.office_id,
      }),
    );
  },
};

/** A6.3: an area of an active plan that nobody checked within the plan's last ended period. */
export const areaUncheckedMonitor: Monitor = {
  id: 'cleaning.area_unchecked',
  clauseId: 'A6.3',
  title: { 'zh-CN': '计划区域在上一周期内无人检查', en: 'Planned areas not inspected at all in their last period' },
  responsibleRole: 'environment_supervisor',
  async count(ctx, scope) {
    const { q } = await uncheckedAreasQuery(ctx, scope);
    return total(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  },
  async list(ctx, scope, page) {
    const { zone, periods, q } = await uncheckedAreasQuery(ctx, scope);
    const rows = await q
      .select(['p.id', 'p.estate_id', 'p.frequency', 'p.office_id', 'e.name', sql<string>`a.area`.as('area')])
      .orderBy('p.id')
      .orderBy(sql`a.area`)
      .offset(page.offset)
      .limit(page.limit)
      .execute();
    return rows.map((p): Breach => {
      const period = periods[p.frequency];
      return {
        what: {
          key: 'breach.cleaningAreaUnchecked',
          values: { estate: p.name, area: p.area, start: period.start, end: period.end },
          coded: CODED,
        },
        since: startOfBusinessDay(nextBusinessDate(period.end), zone),
        // the plans page narrowed to the estate: its plans are few, and the area is named above
        entity: { type: 'cleaning_plan', id: p.id, label: p.name, link: `/cleaning/plans?estate=${p.estate_id}` },
        officeId: p.office_id,
      };
    });
  },
};

export const cleaningMonitors: Monitor[] = [inspectionMissedMonitor, rectificationOverdueMonitor, areaUncheckedMonitor];
