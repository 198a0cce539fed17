import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor } from '../../platform/monitors/monitor.types.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';

const DAY = 86_400_000;

/** Overrides of a region not reviewed within its `overrideReviewDays` of the order (cancelled orders need none). */
function unreviewed(ctx: UseCase, region: ParamRegion) {
  const cutoff = new Date(ctx.clock.now().getTime() - region.value * DAY).toISOString();
  return ctx.db
    .selectFrom('infusion_physician_orders as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.org_id'))
    .innerJoin('infusion_patients as p', (j) => j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.patient_id'))
    .where('o.tenant_id', '=', ctx.actor.tenantId)
    .where(pathInRegion('n.path', region))
    .where('o.override_categories', 'is not', null)
    .where('o.override_reviewed_at', 'is', null)
    .where('o.state', '!=', 'cancelled')
    .where('o.created_at', '<', cutoff);
}

/** A5.3: a physician's override of an excluded drug the centre's head has not reviewed in time. */
export const overrideUnreviewedMonitor: Monitor = {
  id: 'infusion.override_unreviewed',
  clauseId: 'A5.3',
  title: { 'zh-CN': '禁用药品例外医嘱未在时限内审阅', en: 'Overrides of excluded drugs not reviewed in time' },
  responsibleRole: 'health_centre_head',
  async count(ctx, scope) {
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'overrideReviewDays'))
      total += Number(
        (
          await unreviewed(ctx, r)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'overrideReviewDays')) {
      const rows = await unreviewed(ctx, r)
        .select(['o.id', 'o.number', 'o.created_at', 'o.org_id', 'p.name', 'n.name as org_name'])
        .orderBy('o.created_at')
        .orderBy('o.id')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map(
          (o): Breach => ({
            what: {
              key: 'breach.infusionOverrideUnreviewed',
              values: { number: o.number, patient: o.name, office: o.org_name, days: r.value },
            },
            since: new Date(Date.parse(o.created_at) + r.value * DAY).toISOString(),
            entity: { type: 'infusion_order', id: o.id, label: `${o.number} ${o.name}`, link: `/infusion/orders/${o.id}` },
            officeId: o.org_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};
