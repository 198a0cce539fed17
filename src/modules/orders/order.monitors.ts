import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';

/** Which quotes to look at: those at or after the mark (still to verify), or the given orders. */
export type QuoteWindow = { from: string | null; to?: string } | { orderIds: readonly string[] };

/**
 * Order lines priced off the list they were quoted from: the item is not on that list, its price there
 * is another, or the list was never published. Cancelled orders charge nothing.
 */
export function offListLines(ctx: UseCase, scope: MonitorScope, window: QuoteWindow) {
  let q = ctx.db
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
    // orders priced by an agreement (A7.4.3) carry no list; they are the agreement's to answer for
    .where('o.price_list_id', 'is not', null)
    .where('o.state', '!=', 'cancelled')
    .where((eb) =>
      eb.or([eb('p.price_fen', 'is', null), eb('p.price_fen', '!=', eb.ref('l.unit_price_fen')), eb('pl.published_at', 'is', null)]),
    );
  if ('orderIds' in window) return q.where('o.id', 'in', window.orderIds.length ? [...window.orderIds] : ['-']);
  if (window.from) q = q.where('o.quoted_at', '>=', window.from);
  if (window.to) q = q.where('o.quoted_at', '<', window.to);
  return q;
}

export async function checkedThrough(ctx: UseCase): Promise<string | null> {
  const r = await ctx.db
    .selectFrom('price_check_marks')
    .select('checked_through')
    .where('tenant_id', '=', ctx.actor.tenantId)
    .executeTakeFirst();
  return r?.checked_through ?? null;
}

/** Orders found off the list before the mark, still live (not cancelled, not quoted again since), in the subtree. */
function findingsIn(ctx: UseCase, scope: MonitorScope, through: string) {
  return ctx.db
    .selectFrom('price_check_findings as f')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'f.tenant_id').onRef('n.id', '=', 'f.office_id'))
    .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'f.tenant_id').onRef('o.id', '=', 'f.order_id'))
    .where('f.tenant_id', '=', ctx.actor.tenantId)
    .where(pathWithin('n.path', [scope.path]))
    .where('o.state', '!=', 'cancelled')
    .where('o.quoted_at', '<', through);
}

/**
 * A2.4.2.1: an order quoted at a price that is not its published list's (should be zero: the quote
 * refuses it). Quotes since the last verification are checked live (indexed by quote time); older ones
 * were verified once by the `orders.price_check` job, which keeps what it found.
 */
export const offListPricesMonitor: Monitor = {
  id: 'orders.off_list_prices',
  clauseId: 'A2.4.2.1',
  title: { 'zh-CN': '未按公示价目表报价的工单', en: 'Orders quoted off the published price list' },
  responsibleRole: 'office_head',
  async count(ctx, scope) {
    const through = await checkedThrough(ctx);
    const live = await offListLines(ctx, scope, { from: through })
      .select((eb) => eb.fn.count('o.id').distinct().as('n'))
      .executeTakeFirst();
    const found = through
      ? await findingsIn(ctx, scope, through)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      : undefined;
    return Number(live?.n ?? 0) + Number(found?.n ?? 0);
  },
  async list(ctx, scope, page) {
    const through = await checkedThrough(ctx);
    const foundIds = through ? (await findingsIn(ctx, scope, through).select('f.order_id').execute()).map((f) => f.order_id) : [];
    const rows = [];
    for (const window of [{ from: through }, ...(foundIds.length ? [{ orderIds: foundIds }] : [])] as QuoteWindow[])
      rows.push(
        ...(await offListLines(ctx, scope, window)
          .select([
            'o.id',
            'o.number',
            'o.office_id',
            'o.quoted_at',
            'o.requested_at',
            'l.line_no',
            'l.item_name',
            'l.unit_price_fen',
            'p.price_fen',
          ])
          .orderBy('o.quoted_at')
          .orderBy('o.id')
          .orderBy('l.line_no')
          .limit((page.offset + page.limit) * 20)
          .execute()),
      );
    // one breach per order, naming its first line off the list
    const seen = new Set<string>();
    const orders = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
    return orders
      .map(
        (o): Breach => ({
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
        }),
      )
      .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0))
      .slice(page.offset, page.offset + page.limit);
  },
};

export const orderMonitors: Monitor[] = [offListPricesMonitor];
