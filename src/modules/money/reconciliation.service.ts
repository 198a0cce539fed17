import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { tenantZone } from '../../platform/tenancy.js';
import { periodBound } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { FINANCE_CUSTODIAN, RECEIPTS_READ } from './money.permissions.js';
import { returnOverdue, skippedInUse } from './receipt-book.rules.js';
import { reconcile } from './reconciliation.rules.js';

/**
 * The reconciliation of one office (and its departments) for a period of business dates: orders
 * accepted ↔ payments ↔ receipts ↔ hand-overs ↔ remittances ↔ invoices, with every difference.
 */
export async function reconciliation(ctx: UseCase, input: { officeId: string; from: string; to: string }) {
  const office = await loadVisibleOrg(ctx, input.officeId);
  authorize(ctx.actor.access, RECEIPTS_READ, office.path, 'org');
  const tz = await tenantZone(ctx);
  const [from, to] = [periodBound(input.from, tz, 'from'), periodBound(input.to, tz, 'to')];
  const t = ctx.actor.tenantId;
  const db = ctx.db;
  const inOffice = pathWithin('n.path', [office.path]);
  const orders = await db
    .selectFrom('orders as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.office_id'))
    .select(['o.id', 'o.number', 'o.total_fen', 'o.accepted_at'])
    .where('o.tenant_id', '=', t)
    .where(inOffice)
    .where('o.accepted_at', '>=', from)
    .where('o.accepted_at', '<', to)
    .execute();
  const orderIds = orders.map((o) => o.id);
  const none = ['00000000-0000-0000-0000-000000000000'];
  const payments = await db
    .selectFrom('order_payments')
    .select(['id', 'order_id', 'amount_fen', 'method'])
    .where('tenant_id', '=', t)
    .where('order_id', 'in', orderIds.length ? orderIds : none)
    .execute();
  // the modules' own collections in the office and period: fees at the desk, parking charges at the gate
  const collected = (
    await Promise.all(ctx.modules.collectionSources.map((source) => source(ctx, { officePath: office.path, from, to })))
  ).flat();
  const paymentIds = [...payments.map((p) => p.id), ...collected.map((c) => c.id)];
  const receipts = await db
    .selectFrom('receipts as r')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'r.tenant_id').onRef('n.id', '=', 'r.office_id'))
    .select(['r.id', 'r.number', 'r.payment_id', 'r.amount_fen', 'r.voided_at'])
    .where('r.tenant_id', '=', t)
    .where(inOffice)
    .where((eb) =>
      eb.or([
        eb('r.payment_id', 'in', paymentIds.length ? paymentIds : none),
        eb.and([eb('r.issued_at', '>=', from), eb('r.issued_at', '<', to)]),
      ]),
    )
    .execute();
  const holdings = await db
    .selectFrom('cash_holdings')
    .select(['payment_id', 'remittance_id', 'settled_at'])
    .where('tenant_id', '=', t)
    .where('payment_id', 'in', paymentIds.length ? paymentIds : none)
    .execute();
  const remittanceIds = [...new Set(holdings.map((h) => h.remittance_id).filter((x): x is string => x !== null))];
  // a returned remittance handed nothing to finance: its cash went back to the cashier (the holdings no longer name
  // it), and it is never counted as remitted
  const remittances = remittanceIds.length
    ? await db
        .selectFrom('remittances')
        .select(['id', 'total_fen', 'state', 'cashier_name', 'period_from', 'period_to'])
        .where('tenant_id', '=', t)
        .where('id', 'in', remittanceIds)
        .where('state', '!=', 'returned')
        .execute()
    : [];
  // every payment of those remittances with its amount: some were taken outside the period (a remittance may span it)
  const links = remittanceIds.length
    ? await db
        .selectFrom('remittance_payments as l')
        .leftJoin('cash_holdings as h', (j) => j.onRef('h.tenant_id', '=', 'l.tenant_id').onRef('h.payment_id', '=', 'l.payment_id'))
        .select(['l.remittance_id', 'l.payment_id', 'h.amount_fen'])
        .where('l.tenant_id', '=', t)
        .where('l.remittance_id', 'in', remittanceIds)
        .execute()
    : [];
  const inPeriod = new Set(paymentIds);
  const remittedOutside = links.filter((l) => !inPeriod.has(l.payment_id) && l.amount_fen !== null);
  const invoices = await db
    .selectFrom('invoices')
    .select(['order_id', 'number', 'amount_fen', 'delivered_at'])
    .where('tenant_id', '=', t)
    .where('order_id', 'in', orderIds.length ? orderIds : none)
    .execute();
  const numberOf = new Map(orders.map((o) => [o.id, o.number]));
  const report = reconcile({
    orders: orders.map((o) => ({ id: o.id, number: o.number, totalFen: Number(o.total_fen), acceptedAt: o.accepted_at! })),
    payments: [
      ...payments.map((p) => ({
        id: p.id,
        orderId: p.order_id as string | null,
        ref: numberOf.get(p.order_id) ?? p.order_id,
        amountFen: Number(p.amount_fen),
        // WeChat or a transfer went to the office's account: only cash goes through custody to a remittance
        cash: p.method === 'cash',
      })),
      ...collected.map((c) => ({ id: c.id, orderId: null, ref: c.ref, amountFen: c.amountFen, cash: c.cash })),
    ],
    receipts: receipts.map((r) => ({
      id: r.id,
      number: r.number,
      paymentId: r.payment_id,
      amountFen: Number(r.amount_fen),
      voided: r.voided_at !== null,
    })),
    holdings: holdings.map((h) => ({ paymentId: h.payment_id, remittanceId: h.remittance_id, settled: h.settled_at !== null })),
    remittances: remittances.map((m) => ({
      id: m.id,
      label: `${m.cashier_name} ${m.period_from}～${m.period_to}`,
      totalFen: Number(m.total_fen),
      confirmed: m.state === 'confirmed',
      paymentIds: links.filter((l) => l.remittance_id === m.id).map((l) => l.payment_id),
    })),
    remittedOutside: remittedOutside.map((l) => ({ id: l.payment_id, amountFen: Number(l.amount_fen) })),
    invoices: invoices.map((i) => ({
      // selected by order, so every one names its order
      orderId: i.order_id!,
      number: i.number,
      amountFen: Number(i.amount_fen),
      delivered: i.delivered_at !== null,
    })),
  });
  return {
    officeId: office.id,
    officeName: office.name,
    from: input.from,
    to: input.to,
    totals: report.totals,
    differences: report.differences,
  };
}

/**
 * The unit the checks are narrowed to: the chosen one (which the caller must see), or everywhere the caller reads
 * receipts or keeps books (undefined).
 */
export async function checksUnit(ctx: UseCase, officeId: string | undefined): Promise<string | undefined> {
  return officeId ? (await loadVisibleOrg(ctx, officeId)).path : undefined;
}

/**
 * A2.4.3 checks: used-up books whose stubs are not back within `receiptReturnDays`, and number gaps — of the books
 * held in the unit at `within` when given (the reconciliation's unit), else of all the caller sees.
 */
export async function bookChecks(ctx: UseCase, within?: string) {
  const db = ctx.db;
  const t = ctx.actor.tenantId;
  const books = await db
    .selectFrom('receipt_books as b')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'b.tenant_id').onRef('n.id', '=', 'b.holder_org_id'))
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'b.tenant_id').onRef('u.id', '=', 'b.cashier_id'))
    .select(['b.id', 'b.series', 'b.first_no', 'b.next_no', 'b.state', 'b.used_up_at', 'n.path', 'n.name', 'u.display_name'])
    .where('b.tenant_id', '=', t)
    .where(pathWithin('n.path', [...scopeOf(ctx.actor.access, RECEIPTS_READ), ...scopeOf(ctx.actor.access, FINANCE_CUSTODIAN)]))
    .$if(within !== undefined, (q) => q.where(pathWithin('n.path', [within!])))
    .where('b.state', 'in', ['issued', 'used_up'])
    .execute();
  const notReturned = [];
  const gaps = [];
  for (const b of books) {
    const days = await paramAt(ctx, b.path, 'receiptReturnDays');
    if (returnOverdue({ state: b.state, usedUpAt: b.used_up_at }, ctx.clock.now(), days)) {
      notReturned.push({
        bookId: b.id,
        series: b.series,
        firstNo: Number(b.first_no),
        holderName: b.name,
        cashierName: b.display_name,
        usedUpAt: b.used_up_at!,
        days,
      });
    }
    const stubs = (await db.selectFrom('receipts').select('seq_no').where('tenant_id', '=', t).where('book_id', '=', b.id).execute()).map(
      (r) => Number(r.seq_no),
    );
    const missing = skippedInUse({ state: b.state, firstNo: Number(b.first_no), nextNo: Number(b.next_no) }, stubs);
    if (missing.length) gaps.push({ bookId: b.id, series: b.series, holderName: b.name, missing });
  }
  return { notReturned, gaps };
}
