import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';

/**
 * Order lines priced off the list they were quoted from: no line for the item on that list, another
 * price, or a list not yet published when the order was quoted. Cancelled orders charge nothing.
 */
function offListLines(ctx: UseCase, scope: MonitorScope) {
  return ctx.db
    .selectFrom('org_nodes as n')
    .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'n.tenant_id').onRef('o.office_id', '=', 'n.id'))
    .innerJoin('order_lines as l', (j) => j.onRef('l.tenant_id', '=', 'o.tenant_id').onRef('l.order_id', '=', 'o.id'))
    .leftJoin('price_lists as pl', (j) => j.onRef('pl.tenant_id', '=', 'o.tenant_id').onRef('pl.id', '=', 'o.price_list_id'))
    .leftJoin('price_list_lines as p', (j) =>
      j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.price_list_id', '=', 'o.price_list_id').onRef('p.item_id', '=', 'l.item_id'),
    )
    .where('n.tenant_id', '=', ctx.actor.tenantId)
    .where(pathWithin('n.path', [scope.path]))
    .where('l.unit_price_fen', 'is not', null)
    .where('o.state', '!=', 'cancelled')
    .where((eb) =>
      eb.or([
        eb('p.price_fen', 'is', null),
        eb('p.price_fen', '!=', eb.ref('l.unit_price_fen')),
        eb('pl.published_at', 'is', null),
        eb('pl.published_at', '>', eb.ref('o.quoted_at')),
      ]),
    );
}

/** A2.4.2.1: an order quoted at a price that is not the published list's (should be zero: the quote refuses it). */
export const offListPricesMonitor: Monitor = {
  id: 'orders.off_list_prices',
  clauseId: 'A2.4.2.1',
  title: { 'zh-CN': '未按公示价目表报价的工单', en: 'Orders quoted off the published price list' },
  responsibleRole: 'office_head',
  async count(ctx, scope) {
    const r = await offListLines(ctx, scope)
      .select((eb) => eb.fn.count('o.id').distinct().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  async list(ctx, scope, page) {
    const rows = await offListLines(ctx, scope)
      .select(['o.id', 'o.number', 'o.office_id', 'o.quoted_at', 'o.requested_at', 'l.item_name', 'l.unit_price_fen', 'p.price_fen'])
      .orderBy('o.quoted_at')
      .orderBy('o.id')
      .orderBy('l.line_no')
      .limit((page.offset + page.limit) * 20)
      .execute();
    // one breach per order, naming its first line off the list
    const seen = new Set<string>();
    const orders = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
    return orders.slice(page.offset, page.offset + page.limit).map((o) => ({
      what: {
        key:
          o.price_fen === null
            ? 'breach.itemNotOnList'
            : Number(o.price_fen) !== Number(o.unit_price_fen)
              ? 'breach.priceOffList'
              : 'breach.listNotPublished',
        values: {
          order: o.number,
          item: o.item_name,
          charged: Number(o.unit_price_fen),
          listed: o.price_fen === null ? '' : Number(o.price_fen),
        },
      },
      since: o.quoted_at ?? o.requested_at,
      entity: { type: 'order', id: o.id, label: o.number, link: `/orders/${o.id}` },
      officeId: o.office_id,
    }));
  },
};

export const orderMonitors: Monitor[] = [offListPricesMonitor];
