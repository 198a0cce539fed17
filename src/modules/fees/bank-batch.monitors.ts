import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor } from '../../platform/monitors/monitor.types.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';

const DAY = 86_400_000;
const before = (ctx: UseCase, ms: number) => new Date(ctx.clock.now().getTime() - ms).toISOString();
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function lateBatches(ctx: UseCase, region: ParamRegion) {
  return ctx.db
    .selectFrom('bank_batches as k')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'k.tenant_id').onRef('n.id', '=', 'k.office_id'))
    .where('k.tenant_id', '=', ctx.actor.tenantId)
    .where('k.state', '=', 'exported')
    .where('k.exported_at', '<', before(ctx, region.value * DAY))
    .where(pathInRegion('n.path', region));
}

/**
 * A2.3: a bank collection batch exported whose return file is not imported within `bankReturnDays` of its export —
 * the rule `returnOverdue` of bank-batch.rules.ts, which a test holds this SQL to on both engines.
 */
export const bankReturnOverdueMonitor: Monitor = {
  id: 'fees.bank_return_overdue',
  clauseId: 'A2.3',
  title: { 'zh-CN': '托收批次导出后未在规定天数内导入回盘文件', en: 'Bank collection batches whose return file is not imported in time' },
  responsibleRole: 'cashier',
  async count(ctx, scope) {
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'bankReturnDays'))
      total += Number(
        (
          await lateBatches(ctx, r)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'bankReturnDays')) {
      const rows = await lateBatches(ctx, r)
        .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'k.tenant_id').onRef('e.id', '=', 'k.estate_id'))
        .select(['k.id', 'k.number', 'k.exported_at', 'k.office_id', 'k.line_count', 'e.name as estate'])
        .orderBy('k.exported_at')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map((b) => ({
          what: {
            key: 'breach.bankReturnOverdue',
            values: { batch: b.number, estate: b.estate, lines: Number(b.line_count), days: r.value },
          },
          since: plus(b.exported_at, r.value * DAY),
          entity: { type: 'bank_batch', id: b.id, label: b.number, link: `/bank-collection/batches/${b.id}` },
          officeId: b.office_id,
        })),
      );
    }
    return mergePages(parts, page);
  },
};
