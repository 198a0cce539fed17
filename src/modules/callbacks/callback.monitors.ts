import type { UseCase } from '../../platform/context.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { paramRegionsUnder } from '../params/param-regions.service.js';
import { paramAt } from '../params/params.service.js';
import * as repo from './callback.repo.js';
import { drawsOwed, lateFrom, localMonth, previousMonth } from './callback.rules.js';
import { drawnMonths, officesUnder } from './callback-draws.repo.js';

/**
 * The office-months whose callbacks are late: still to do after day `callbackDueDay` (in force at the office)
 * of the following month. One grouped, indexed count over the pending callbacks of last month and before.
 */
async function lateGroups(ctx: UseCase, scope: MonitorScope) {
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now().toISOString(), zone);
  const groups = await repo.pendingByOffice(ctx.db, ctx.actor.tenantId, scope.path, previousMonth(today.slice(0, 7)));
  const dueDays = new Map<string, number>();
  const late = [];
  for (const g of groups) {
    let dueDay = dueDays.get(g.officeId);
    if (dueDay === undefined) {
      dueDay = await paramAt(ctx, g.officePath, 'callbackDueDay');
      dueDays.set(g.officeId, dueDay);
    }
    const from = lateFrom(g.month, dueDay);
    if (today >= from) late.push({ ...g, dueDay, since: startOfBusinessDay(from, zone) });
  }
  return late;
}

/** A7.4.10: callbacks of last month (or before) not recorded by day `callbackDueDay` of this month. */
export const callbacksLateMonitor: Monitor = {
  id: 'callbacks.late',
  clauseId: 'A7.4.10',
  title: { 'zh-CN': '上月回访未在规定日期前完成', en: 'Last month’s callbacks not done by the due day' },
  responsibleRole: 'customer_service_supervisor',
  async count(ctx, scope) {
    return (await lateGroups(ctx, scope)).reduce((n, g) => n + g.count, 0);
  },
  async list(ctx, scope, page): Promise<Breach[]> {
    const groups = await lateGroups(ctx, scope);
    const byGroup = new Map(groups.map((g) => [`${g.officeId}|${g.month}`, g]));
    const rows = await repo.pendingCallbacks(ctx.db, ctx.actor.tenantId, groups, page);
    return rows.map((r) => {
      const g = byGroup.get(`${r.callback.officeId}|${r.callback.month}`)!;
      return {
        what: {
          key: 'breach.callbackLate',
          values: { office: r.officeName, month: r.callback.month, dueDay: g.dueDay, order: r.order.number },
        },
        since: g.since,
        entity: {
          type: 'callback',
          id: r.callback.id,
          label: `${r.order.number} ${r.order.customerName}`,
          link: `/callbacks/${r.callback.id}`,
        },
        officeId: r.callback.officeId,
      };
    });
  },
};

/**
 * Office-months with no draw whose callbacks are already late: the monthly draw never ran for them (the job was
 * down, failed for good, or the office was left out), so nothing was sampled and nothing shows as to do.
 */
async function missingDraws(ctx: UseCase, scope: MonitorScope) {
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now().toISOString(), zone);
  const offices = await officesUnder(ctx.db, ctx.actor.tenantId, scope.path);
  if (!offices.length) return [];
  // each office's own callbackDueDay: the deepest region whose prefix holds it
  const regions = (await paramRegionsUnder(ctx, scope.path, 'callbackDueDay')).sort((a, b) => b.prefix.length - a.prefix.length);
  const firstMonth = offices.map((o) => localMonth(o.created_at, zone)).sort()[0]!;
  const drawn = new Set((await drawnMonths(ctx.db, ctx.actor.tenantId, scope.path, firstMonth)).map((d) => `${d.office_id}|${d.month}`));
  const missing = [];
  for (const o of offices) {
    const dueDay = regions.find((r) => o.path.startsWith(r.prefix))!.value;
    for (const month of drawsOwed(localMonth(o.created_at, zone), today, dueDay))
      if (!drawn.has(`${o.id}|${month}`))
        missing.push({ officeId: o.id, officeName: o.name, month, dueDay, since: startOfBusinessDay(lateFrom(month, dueDay), zone) });
  }
  return missing.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.officeName.localeCompare(b.officeName)));
}

/** A7.4.10: a month whose callback draw never ran at an office, past the day its callbacks were due. */
export const drawsMissingMonitor: Monitor = {
  id: 'callbacks.draw_missing',
  clauseId: 'A7.4.10',
  title: { 'zh-CN': '月度回访未抽样', en: 'Months whose callback draw never ran' },
  responsibleRole: 'customer_service_supervisor',
  async count(ctx, scope) {
    return (await missingDraws(ctx, scope)).length;
  },
  async list(ctx, scope, page): Promise<Breach[]> {
    return (await missingDraws(ctx, scope)).slice(page.offset, page.offset + page.limit).map((m) => ({
      what: { key: 'breach.callbackNotDrawn', values: { office: m.officeName, month: m.month, dueDay: m.dueDay } },
      since: m.since,
      entity: {
        type: 'callback_month',
        id: `${m.officeId}:${m.month}`,
        label: `${m.officeName} ${m.month}`,
        link: `/callbacks?${new URLSearchParams({ org: m.officeId, month: m.month })}`,
      },
      officeId: m.officeId,
    }));
  },
};

export const callbackMonitors: Monitor[] = [callbacksLateMonitor, drawsMissingMonitor];
