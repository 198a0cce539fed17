import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor } from '../../platform/monitors/monitor.types.js';
import { startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { addDays } from './meeting.rules.js';
import { today } from './meeting.service.js';

const LINK = '/workstation/meetings';

/**
 * Stations of a region whose last meeting was held before `today − meetingIntervalDays`, with that day: those that
 * have held at least one meeting (intervalExceeded in meeting.rules.ts).
 */
function lateStations(ctx: UseCase, region: ParamRegion, todayDate: string) {
  return ctx.db
    .selectFrom('meetings as m')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'm.tenant_id').onRef('n.id', '=', 'm.org_id'))
    .select(['m.org_id', 'n.name as org_name', (eb) => eb.fn.max('m.held_on').as('last')])
    .where('m.tenant_id', '=', ctx.actor.tenantId)
    .where('m.state', '=', 'held')
    .where('n.active', '=', 1)
    .where(pathInRegion('n.path', region))
    .groupBy(['m.org_id', 'n.name'])
    .having((eb) => eb.fn.max('m.held_on'), '<', addDays(todayDate, -region.value));
}

/** A1.2: a station holds a work meeting every `meetingIntervalDays` (15). */
export const intervalExceededMonitor: Monitor = {
  id: 'meetings.interval_exceeded',
  clauseId: 'A1.2',
  title: { 'zh-CN': '工作站超过例会间隔未召开工作例会', en: 'Stations past the interval without a work meeting' },
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    const { date } = await today(ctx);
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'meetingIntervalDays'))
      total += Number(
        (
          await ctx.db
            .selectFrom(lateStations(ctx, r, date).as('x'))
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const { date, zone } = await today(ctx);
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'meetingIntervalDays')) {
      const rows = await lateStations(ctx, r, date)
        .orderBy('last')
        .orderBy('m.org_id')
        .limit(page.offset + page.limit)
        .execute();
      const out: Breach[] = [];
      for (const row of rows) {
        const last = String(row.last);
        const meeting = await ctx.db
          .selectFrom('meetings')
          .select('id')
          .where('tenant_id', '=', ctx.actor.tenantId)
          .where('org_id', '=', row.org_id)
          .where('state', '=', 'held')
          .where('held_on', '=', last)
          .orderBy('held_at', 'desc')
          .executeTakeFirstOrThrow();
        out.push({
          what: { key: 'breach.meetingsIntervalExceeded', values: { office: row.org_name, last, days: r.value } },
          since: startOfBusinessDay(addDays(last, r.value + 1), zone),
          entity: { type: 'meeting', id: meeting.id, label: `${row.org_name} ${last}`, link: `${LINK}/${meeting.id}` },
          officeId: row.org_id,
        });
      }
      parts.push(out);
    }
    return mergePages(parts, page);
  },
};

/** Open action items of stations under `path` past their due day (actionOverdue in meeting.rules.ts). */
function overdueActions(ctx: UseCase, path: string, todayDate: string) {
  return ctx.db
    .selectFrom('meeting_actions as a')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'a.tenant_id').onRef('n.id', '=', 'a.org_id'))
    .where('a.tenant_id', '=', ctx.actor.tenantId)
    .where(pathWithin('n.path', [path]))
    .where('a.state', '=', 'open')
    .where('a.due_on', '<', todayDate);
}

/** A1.2: the decisions of a meeting are carried out by their due day. */
export const actionOverdueMonitor: Monitor = {
  id: 'meetings.action_overdue',
  clauseId: 'A1.2',
  title: { 'zh-CN': '工作例会议定事项逾期未完成', en: 'Work-meeting action items overdue' },
  responsibleRole: 'station_head',
  async count(ctx, scope) {
    const { date } = await today(ctx);
    const r = await overdueActions(ctx, scope.path, date)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async list(ctx, scope, page) {
    const { date, zone } = await today(ctx);
    const rows = await overdueActions(ctx, scope.path, date)
      .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.owner_id'))
      .select(['a.id', 'a.meeting_id', 'a.text', 'a.due_on', 'a.org_id', 'n.name as org_name', 'u.display_name as owner'])
      .orderBy('a.due_on')
      .orderBy('a.id')
      .offset(page.offset)
      .limit(page.limit)
      .execute();
    return rows.map(
      (a): Breach => ({
        what: { key: 'breach.meetingsActionOverdue', values: { office: a.org_name, text: a.text, owner: a.owner, due: a.due_on } },
        since: startOfBusinessDay(addDays(a.due_on, 1), zone),
        entity: { type: 'meeting_action', id: a.id, label: a.text, link: `${LINK}/${a.meeting_id}` },
        officeId: a.org_id,
      }),
    );
  },
};

export const meetingsMonitors = [intervalExceededMonitor, actionOverdueMonitor];
