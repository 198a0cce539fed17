import { sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { REWORK_WAITING, reworkLateSince } from './order.rules.js';

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

const HOUR = 3_600_000;

/**
 * Orders sent back for rework (A7.4.6) whose new round has not started `hours` after the owner's rejection:
 * still in `rework`, or assigned again without starting (the round number moved on at the rejection, and
 * `start` is what leaves both states). The rejected round is the one before the order's current round.
 */
function reworkNotStarted(ctx: UseCase, region: ParamRegion) {
  const cutoff = new Date(ctx.clock.now().getTime() - region.value * HOUR).toISOString();
  return ctx.db
    .selectFrom('org_nodes as n')
    .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'n.tenant_id').onRef('o.office_id', '=', 'n.id'))
    .innerJoin('order_rounds as r', (j) =>
      j.onRef('r.tenant_id', '=', 'o.tenant_id').onRef('r.order_id', '=', 'o.id').on(sql<boolean>`r.round_no = o.round - 1`),
    )
    .where('n.tenant_id', '=', ctx.actor.tenantId)
    .where(pathInRegion('n.path', region))
    .where('o.state', 'in', [...REWORK_WAITING])
    .where('o.round', '>', 1)
    .where('r.outcome', '=', 'rework')
    .where('r.decided_at', '<', cutoff);
}

/** A7.4.6 "立即进行整改": a rework round with no work started within `reworkStartHours` of the owner's rejection. */
export const reworkNotStartedMonitor: Monitor = {
  id: 'orders.rework_not_started',
  clauseId: 'A7.4.6',
  title: { 'zh-CN': '业主不满意后未及时返工', en: 'Rework not started in time after the owner’s rejection' },
  responsibleRole: 'environment_supervisor',
  async count(ctx, scope) {
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'reworkStartHours'))
      total += Number(
        (
          await reworkNotStarted(ctx, r)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return total;
  },
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'reworkStartHours')) {
      const rows = await reworkNotStarted(ctx, r)
        .select([
          'o.id',
          'o.number',
          'o.customer_name',
          'o.office_id',
          'o.state',
          'o.round',
          'r.round_no',
          'r.outcome',
          'r.decided_at',
          'r.reason',
          'n.name',
        ])
        .orderBy('r.decided_at')
        .orderBy('o.id')
        .limit(page.offset + page.limit)
        .execute();
      const now = ctx.clock.now();
      parts.push(
        rows.map(
          (o): Breach => ({
            what: {
              key: 'breach.reworkNotStarted',
              values: {
                order: o.number,
                customer: o.customer_name,
                office: o.name,
                round: Number(o.round),
                hours: r.value,
                reason: o.reason ?? '',
              },
            },
            // the SQL above and the clause's rule select the same rounds (test/integration/hk-monitors.test.ts)
            since:
              reworkLateSince(
                { state: o.state, round: Number(o.round) },
                { roundNo: Number(o.round_no), outcome: o.outcome, decidedAt: o.decided_at },
                r.value,
                now,
              ) ?? o.decided_at!,
            entity: { type: 'order', id: o.id, label: o.number, link: `/orders/${o.id}` },
            officeId: o.office_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};

export const orderMonitors: Monitor[] = [offListPricesMonitor, reworkNotStartedMonitor];
