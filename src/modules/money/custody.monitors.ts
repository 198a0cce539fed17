import { sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { formatFen } from '../../platform/money.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor } from '../../platform/monitors/monitor.types.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import type { ParamKey } from '../params/params.catalog.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const before = (ctx: UseCase, ms: number) => new Date(ctx.clock.now().getTime() - ms).toISOString();
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

const officesIn = (ctx: UseCase, region: ParamRegion) =>
  ctx.db.selectFrom('org_nodes as n').where('n.tenant_id', '=', ctx.actor.tenantId).where(pathInRegion('n.path', region));

/**
 * A7.4.7 (`heldTooLong` in custody.rules): cash not yet with a cashier (no receipt written for it) that one
 * person has held for more than `cashHoldMaxHours`.
 */
export function cashHeldTooLong(ctx: UseCase, region: ParamRegion) {
  return officesIn(ctx, region)
    .innerJoin('cash_holdings as h', (j) => j.onRef('h.tenant_id', '=', 'n.tenant_id').onRef('h.office_id', '=', 'n.id'))
    .where('h.receipt_id', 'is', null)
    .where('h.since', '<', before(ctx, region.value * HOUR))
    .where('h.remittance_id', 'is', null)
    .where('h.settled_at', 'is', null);
}

/**
 * A2.4.2.4 即时收取 (`unpaidTooLong` in custody.rules): an accepted order still unpaid more than `paymentDueHours`
 * after acceptance. Visits of an agreement paid monthly are settled with the month, not one by one.
 */
export function ordersUnpaid(ctx: UseCase, region: ParamRegion) {
  return officesIn(ctx, region)
    .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'n.tenant_id').onRef('o.office_id', '=', 'n.id'))
    .where('o.state', '=', 'accepted')
    .where('o.total_fen', '>', 0)
    .where('o.accepted_at', '<', before(ctx, region.value * HOUR))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('agreements as a')
            .select(sql<number>`1`.as('one'))
            .whereRef('a.tenant_id', '=', 'o.tenant_id')
            .whereRef('a.id', '=', 'o.agreement_id')
            .where('a.payment_terms', '=', 'monthly'),
        ),
      ),
    );
}

/** A2.4.2.4 定期上缴 (`notRemittedInTime`): a payment not in a remittance `remittancePeriodDays` after its collection. */
export function paymentsNotRemitted(ctx: UseCase, region: ParamRegion) {
  return officesIn(ctx, region)
    .innerJoin('cash_holdings as h', (j) => j.onRef('h.tenant_id', '=', 'n.tenant_id').onRef('h.office_id', '=', 'n.id'))
    .where('h.remittance_id', 'is', null)
    .where('h.collected_at', '<', before(ctx, region.value * DAY))
    .where('h.settled_at', 'is', null);
}

/** Sums one count over the regions of a parameter (each office counted with the value in force there). */
async function countOver(ctx: UseCase, scopePath: string, key: ParamKey, count: (r: ParamRegion) => Promise<{ n: unknown } | undefined>) {
  let total = 0;
  for (const r of await paramRegionsUnder(ctx, scopePath, key)) total += Number((await count(r))?.n ?? 0);
  return total;
}

/** Breaches of one of the two holding monitors, oldest first. */
async function listHoldings(
  ctx: UseCase,
  scopePath: string,
  page: { limit: number; offset: number },
  m: { key: ParamKey; unit: number; q: typeof cashHeldTooLong; from: 'h.since' | 'h.collected_at'; what: string; valueName: string },
) {
  const parts: Breach[][] = [];
  for (const r of await paramRegionsUnder(ctx, scopePath, m.key)) {
    const rows = await m
      .q(ctx, r)
      .leftJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'h.tenant_id').onRef('o.id', '=', 'h.order_id'))
      .select(['h.payment_id', 'h.order_id', 'h.office_id', 'h.holder_name', 'h.amount_fen', 'h.payer', 'o.number', `${m.from} as from`])
      .orderBy(m.from)
      .orderBy('h.payment_id')
      .limit(page.offset + page.limit)
      .execute();
    parts.push(
      rows.map(
        (h): Breach => ({
          what: {
            key: m.what,
            values: {
              holder: h.holder_name,
              amount: formatFen(Number(h.amount_fen)),
              order: h.number ?? h.payer,
              [m.valueName]: r.value,
            },
          },
          since: plus(h.from, r.value * m.unit),
          entity: h.order_id
            ? { type: 'order', id: h.order_id, label: h.number ?? h.payer, link: `/orders/${h.order_id}` }
            : { type: 'payment', id: h.payment_id, label: h.payer, link: '/money/cash' },
          officeId: h.office_id,
        }),
      ),
    );
  }
  return mergePages(parts, page);
}

/** A7.4.7: cash held by one person on its way to the cashier for longer than `cashHoldMaxHours`. */
export const cashHeldTooLongMonitor: Monitor = {
  id: 'money.cash_held_too_long',
  clauseId: 'A7.4.7',
  title: { 'zh-CN': '现金在个人手中超过规定时限未交接', en: 'Cash held by one person too long on its way to the cashier' },
  responsibleRole: 'environment_supervisor',
  count: (ctx, scope) =>
    countOver(ctx, scope.path, 'cashHoldMaxHours', (r) =>
      cashHeldTooLong(ctx, r)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
  list: (ctx, scope, page) =>
    listHoldings(ctx, scope.path, page, {
      key: 'cashHoldMaxHours',
      unit: HOUR,
      q: cashHeldTooLong,
      from: 'h.since',
      what: 'breach.cashHeldTooLong',
      valueName: 'hours',
    }),
};

/** A2.4.2.4 定期上缴: a payment not remitted to finance within `remittancePeriodDays` of its collection. */
export const paymentsNotRemittedMonitor: Monitor = {
  id: 'money.payments_not_remitted',
  clauseId: 'A2.4.2.4',
  title: { 'zh-CN': '收款未在上缴周期内上缴财务', en: 'Payments not remitted to finance within the remittance period' },
  responsibleRole: 'cashier',
  count: (ctx, scope) =>
    countOver(ctx, scope.path, 'remittancePeriodDays', (r) =>
      paymentsNotRemitted(ctx, r)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
  list: (ctx, scope, page) =>
    listHoldings(ctx, scope.path, page, {
      key: 'remittancePeriodDays',
      unit: DAY,
      q: paymentsNotRemitted,
      from: 'h.collected_at',
      what: 'breach.paymentNotRemitted',
      valueName: 'days',
    }),
};

/** A2.4.2.4 即时收取: an accepted order not paid within `paymentDueHours` of the owner's acceptance. */
export const ordersUnpaidMonitor: Monitor = {
  id: 'money.orders_unpaid',
  clauseId: 'A2.4.2.4',
  title: { 'zh-CN': '验收后未及时收费的工单', en: 'Accepted orders not paid in time' },
  responsibleRole: 'environment_supervisor',
  count: (ctx, scope) =>
    countOver(ctx, scope.path, 'paymentDueHours', (r) =>
      ordersUnpaid(ctx, r)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'paymentDueHours')) {
      const rows = await ordersUnpaid(ctx, r)
        .select(['o.id', 'o.number', 'o.customer_name', 'o.total_fen', 'o.accepted_at', 'o.office_id'])
        .orderBy('o.accepted_at')
        .orderBy('o.id')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map(
          (o): Breach => ({
            what: {
              key: 'breach.orderUnpaid',
              values: { order: o.number, customer: o.customer_name, amount: formatFen(Number(o.total_fen)), hours: r.value },
            },
            since: plus(o.accepted_at!, r.value * HOUR),
            entity: { type: 'order', id: o.id, label: o.number, link: `/orders/${o.id}` },
            officeId: o.office_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};

export const custodyMonitors: Monitor[] = [cashHeldTooLongMonitor, ordersUnpaidMonitor, paymentsNotRemittedMonitor];
