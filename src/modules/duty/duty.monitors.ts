import { sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { addDays, horizonDays } from './duty.rules.js';

/** The days as a one-column table `h(day)`, the same SQL on both engines. */
const daysTable = (days: readonly string[]) =>
  sql<{ day: string }>`(${sql.join(
    days.map((d) => sql`select cast(${d} as text) as day`),
    sql` union all `,
  )})`.as('h');

/**
 * The days of the horizon (today and the `rosterHorizonDays` − 1 after it) with nobody on duty, at the nodes of a
 * region that keep a roster: the stations whose head opened one (`duty_rosters`). A station that never opened a
 * roster is not flagged day by day; the roster page offers it to its head.
 */
function uncovered(ctx: UseCase, region: ParamRegion, today: string) {
  return ctx.db
    .selectFrom('duty_rosters as r')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.org_id'))
    .innerJoin(daysTable(horizonDays(today, region.value)), (j) => j.onTrue())
    .where('r.tenant_id', '=', ctx.actor.tenantId)
    .where('o.active', '=', 1)
    .where(pathInRegion('o.path', region))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('duty_days as d')
            .select('d.id')
            .whereRef('d.tenant_id', '=', 'r.tenant_id')
            .whereRef('d.org_id', '=', 'r.org_id')
            .whereRef('d.day', '=', 'h.day'),
        ),
      ),
    );
}

/** The uncovered days of the horizon under a scope, one row per station and day, earliest first. */
export async function uncoveredRows(ctx: UseCase, scope: MonitorScope, limit = 10_000) {
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  const parts = [];
  for (const r of await paramRegionsUnder(ctx, scope.path, 'rosterHorizonDays'))
    parts.push(
      ...(await uncovered(ctx, r, today)
        .select(['r.id as roster_id', 'r.org_id', 'o.name as org_name', 'h.day', sql<number>`${r.value}`.as('horizon')])
        .orderBy('h.day')
        .orderBy('o.name')
        .limit(limit)
        .execute()),
    );
  return parts;
}

/** A1.5: 坚持每天有人值班 — a day of the next `rosterHorizonDays` with nobody on duty at a station keeping a roster. */
export const uncoveredDayMonitor: Monitor = {
  id: 'duty.uncovered_day',
  clauseId: 'A1.5',
  title: { 'zh-CN': '值班表未来几日无人值班', en: 'Days ahead with nobody on duty' },
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'rosterHorizonDays'))
      total += Number(
        (
          await uncovered(ctx, r, today)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const zone = await tenantZone(ctx);
    const rows = await uncoveredRows(ctx, scope, page.offset + page.limit);
    const breaches = rows.map(
      (r): Breach => ({
        what: { key: 'breach.dutyUncoveredDay', values: { office: r.org_name, day: r.day } },
        since: startOfBusinessDay(addDays(r.day, 1 - Number(r.horizon)), zone),
        entity: {
          type: 'duty_roster',
          id: `${r.roster_id}:${r.day}`,
          label: `${r.org_name} ${r.day}`,
          link: `/workstation/duty?orgId=${r.org_id}&month=${r.day.slice(0, 7)}`,
        },
        officeId: r.org_id,
      }),
    );
    return mergePages([breaches], page);
  },
};

/** Past days on a roster (someone on duty) with no duty log of that station and day. */
function missing(ctx: UseCase, scope: MonitorScope, today: string) {
  return ctx.db
    .selectFrom('duty_days as d')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'd.tenant_id').onRef('u.id', '=', 'd.user_id'))
    .leftJoin('duty_logs as l', (j) =>
      j.onRef('l.tenant_id', '=', 'd.tenant_id').onRef('l.org_id', '=', 'd.org_id').onRef('l.day', '=', 'd.day'),
    )
    .where('d.tenant_id', '=', ctx.actor.tenantId)
    .where('d.day', '<', today)
    .where('l.id', 'is', null)
    .where(pathInRegion('o.path', { prefix: scope.path, exclude: [] }));
}

/** The missing logs under a scope, one row per station and day, earliest first. */
export async function missingRows(ctx: UseCase, scope: MonitorScope, page = { limit: 10_000, offset: 0 }) {
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  return missing(ctx, scope, today)
    .select(['d.id', 'd.roster_id', 'd.org_id', 'd.day', 'o.name as org_name', 'u.display_name'])
    .orderBy('d.day')
    .orderBy('o.name')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** A1.5: the daily duty log — a past day someone was on duty with no log written. */
export const logMissingMonitor: Monitor = {
  id: 'duty.log_missing',
  clauseId: 'A1.5',
  title: { 'zh-CN': '值班日志缺失', en: 'Duty logs missing' },
  periodic: false,
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
    const r = await missing(ctx, scope, today)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async list(ctx, scope, page) {
    const zone = await tenantZone(ctx);
    return (await missingRows(ctx, scope, page)).map(
      (r): Breach => ({
        what: { key: 'breach.dutyLogMissing', values: { office: r.org_name, day: r.day, name: r.display_name } },
        since: startOfBusinessDay(addDays(r.day, 1), zone),
        entity: {
          type: 'duty_roster',
          id: `${r.roster_id}:${r.day}`,
          label: `${r.org_name} ${r.day}`,
          link: `/workstation/duty/logs?orgId=${r.org_id}`,
        },
        officeId: r.org_id,
      }),
    );
  },
};

export const dutyMonitors: Monitor[] = [uncoveredDayMonitor, logMissingMonitor];
