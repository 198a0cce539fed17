import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import * as repo from './agreement.repo.js';
import { VISIT_NOT_DONE, visitMissedFrom } from './agreement.rules.js';

/**
 * Visits whose business day ended before `today` began (the window started before today's local midnight) and
 * that are not done: planned or moved with an order not finished (nor cancelled), or missed (never planned).
 */
function visitsNotDone(ctx: UseCase, scope: MonitorScope, todayStart: string) {
  return (
    ctx.db
      .selectFrom('agreement_visits as v')
      .innerJoin('agreements as a', (j) => j.onRef('a.tenant_id', '=', 'v.tenant_id').onRef('a.id', '=', 'v.agreement_id'))
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'a.tenant_id').onRef('n.id', '=', 'a.office_id'))
      .leftJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'v.tenant_id').onRef('o.id', '=', 'v.order_id'))
      .where('v.tenant_id', '=', ctx.actor.tenantId)
      .where('v.state', 'in', ['planned', 'moved', 'missed'])
      .where('v.window_start', '<', todayStart)
      .where(pathWithin('n.path', [scope.path]))
      // a missed visit has no order; a planned or moved one always has
      .where((eb) => eb.or([eb('v.state', '=', 'missed'), eb('o.state', 'in', [...VISIT_NOT_DONE])]))
  );
}

async function today(ctx: UseCase) {
  const zone = await tenantZone(ctx);
  const date = businessDate(ctx.clock.now(), zone);
  return { zone, date, start: startOfBusinessDay(date, zone) };
}

/** A7.4.9 "定期按时上门服务": a visit of an agreement not done by the end of its day (or never planned). */
export const visitsMissedMonitor: Monitor = {
  id: 'agreements.visits_missed',
  clauseId: 'A7.4.9',
  title: { 'zh-CN': '特约服务未按约定日期上门完成', en: 'Agreement visits not done on their day' },
  responsibleRole: 'environment_supervisor',
  async count(ctx, scope) {
    const t = await today(ctx);
    const r = await visitsNotDone(ctx, scope, t.start)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async list(ctx, scope, page): Promise<Breach[]> {
    const t = await today(ctx);
    const rows = await visitsNotDone(ctx, scope, t.start)
      .select([
        'v.id',
        'v.state',
        'v.planned_date',
        'v.window_start',
        'v.order_number',
        'o.state as order_state',
        'a.id as agreement_id',
        'a.number',
        'a.owner_name',
        'a.office_id',
        'n.name as office_name',
        'n.path as office_path',
      ])
      .orderBy('v.window_start')
      .orderBy('v.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const supervisors = new Map<string, string | null>();
    const out: Breach[] = [];
    for (const v of rows) {
      if (!supervisors.has(v.office_id))
        supervisors.set(v.office_id, await repo.visitSupervisorName(ctx.db, ctx.actor.tenantId, v.office_path));
      // the rule of the clause, on the same row the SQL chose (they agree: test/integration/hk-monitors.test.ts)
      const from = visitMissedFrom({ state: v.state, windowStart: v.window_start }, v.order_state ?? null, t.date, t.zone);
      const day = businessDate(new Date(v.window_start), t.zone);
      out.push({
        what: {
          key: v.state === 'missed' ? 'breach.visitNeverPlanned' : 'breach.visitNotDone',
          values: {
            agreement: v.number,
            owner: v.owner_name,
            day,
            office: v.office_name,
            supervisor: supervisors.get(v.office_id) ?? '—',
            order: v.order_number ?? '',
          },
        },
        since: startOfBusinessDay(from ?? day, t.zone),
        entity: { type: 'agreement_visit', id: v.id, label: `${v.number} ${day}`, link: `/agreements/${v.agreement_id}` },
        officeId: v.office_id,
      });
    }
    return out;
  },
};

export const agreementMonitors: Monitor[] = [visitsMissedMonitor];
