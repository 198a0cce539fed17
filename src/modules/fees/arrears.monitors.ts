import { type SqlBool, sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { billRunLateFrom } from './arrears.rules.js';

/**
 * Active estates of a region with an approved standard in force this month (something to bill) and no bill run of
 * the month done — counted only once the region's billing day has passed (the rule `billRunLate`).
 */
function lateEstates(ctx: UseCase, region: ParamRegion, month: string) {
  return ctx.db
    .selectFrom('estates as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .where('e.tenant_id', '=', ctx.actor.tenantId)
    .where('e.active', '=', 1)
    .where(pathInRegion('o.path', region))
    .where(
      sql<SqlBool>`exists (select 1 from fee_standards s where s.tenant_id = e.tenant_id and s.estate_id = e.id and s.state = 'approved' and s.effective_month <= ${month})`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from fee_bill_runs r where r.tenant_id = e.tenant_id and r.estate_id = e.id and r.period = ${month} and r.state = 'done')`,
    );
}

async function today(ctx: UseCase) {
  const tz = await tenantZone(ctx);
  const date = businessDate(ctx.clock.now(), tz);
  return { tz, date, month: date.slice(0, 7), day: Number(date.slice(8, 10)) };
}

/** A2.4.1.1: a month's bill run of an estate not done by the office's billing day (`billingDay`). */
export const billRunLateMonitor: Monitor = {
  id: 'fees.bill_run_late',
  clauseId: 'A2.4.1.1',
  title: { 'zh-CN': '月度计费未在计费日前完成', en: 'Monthly bill runs not done by the billing day' },
  responsibleRole: 'office_head',
  async count(ctx, scope) {
    const now = await today(ctx);
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'billingDay')) {
      if (now.day <= r.value) continue;
      const row = await lateEstates(ctx, r, now.month)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      total += Number(row?.n ?? 0);
    }
    return total;
  },
  async list(ctx, scope, page) {
    const now = await today(ctx);
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'billingDay')) {
      if (now.day <= r.value) continue;
      const rows = await lateEstates(ctx, r, now.month)
        .select(['e.id', 'e.name', 'e.office_id', 'o.name as office_name'])
        .orderBy('e.name')
        .limit(page.offset + page.limit)
        .execute();
      const since = startOfBusinessDay(billRunLateFrom(now.month, r.value), now.tz);
      parts.push(
        rows.map((e) => ({
          what: { key: 'breach.billRunLate', values: { estate: e.name, office: e.office_name, month: now.month, day: r.value } },
          since,
          entity: { type: 'estate', id: e.id, label: e.name, link: `/estates/${e.id}` },
          officeId: e.office_id,
        })),
      );
    }
    return mergePages(parts, page);
  },
};
