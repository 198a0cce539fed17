import type { UseCase } from '../../platform/context.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { startOfBusinessDay } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { tenantZone } from '../tenants/tenant.service.js';
import * as repo from './callback.repo.js';
import { lateFrom, localDate, previousMonth } from './callback.rules.js';

/**
 * The office-months whose callbacks are late: still to do after day `callbackDueDay` (in force at the office)
 * of the following month. One grouped, indexed count over the pending callbacks of last month and before.
 */
async function lateGroups(ctx: UseCase, scope: MonitorScope) {
  const zone = await tenantZone(ctx);
  const today = localDate(ctx.clock.now().toISOString(), zone);
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

export const callbackMonitors: Monitor[] = [callbacksLateMonitor];
