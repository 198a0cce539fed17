import { type SqlBool, sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { basisRange } from './invoice.rules.js';
import { skippedInUse } from './receipt-book.rules.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const before = (ctx: UseCase, ms: number) => new Date(ctx.clock.now().getTime() - ms).toISOString();
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const bookLabel = (b: { series: string; first_no: number | string; last_no: number | string }) =>
  `${b.series} ${Number(b.first_no)}–${Number(b.last_no)}`;

async function sumOver(regions: ParamRegion[], count: (r: ParamRegion) => Promise<number>): Promise<number> {
  let total = 0;
  for (const r of regions) total += await count(r);
  return total;
}

function usedUpBooks(ctx: UseCase, region: ParamRegion) {
  return ctx.db
    .selectFrom('receipt_books as b')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'b.tenant_id').onRef('n.id', '=', 'b.holder_org_id'))
    .where('b.tenant_id', '=', ctx.actor.tenantId)
    .where('b.state', '=', 'used_up')
    .where('b.used_up_at', '<', before(ctx, region.value * DAY))
    .where(pathInRegion('n.path', region));
}

/**
 * A2.4.3: a used-up book whose stubs are not back with the finance custodian within `receiptReturnDays` of its
 * last receipt — the rule `returnOverdue` of receipt-book.rules.ts, which a test holds this SQL to on both engines.
 */
export const booksNotReturnedMonitor: Monitor = {
  id: 'money.books_not_returned',
  clauseId: 'A2.4.3',
  title: { 'zh-CN': '用完的收据本未在规定天数内交回存根', en: 'Used-up receipt books whose stubs are not returned in time' },
  responsibleRole: 'finance_custodian',
  async count(ctx, scope) {
    const regions = await paramRegionsUnder(ctx, scope.path, 'receiptReturnDays');
    return sumOver(regions, async (r) =>
      Number(
        (
          await usedUpBooks(ctx, r)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      ),
    );
  },
  async list(ctx, scope, page) {
    const regions = await paramRegionsUnder(ctx, scope.path, 'receiptReturnDays');
    const parts: Breach[][] = [];
    for (const r of regions) {
      const rows = await usedUpBooks(ctx, r)
        .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'b.tenant_id').onRef('u.id', '=', 'b.cashier_id'))
        .select(['b.id', 'b.series', 'b.first_no', 'b.last_no', 'b.used_up_at', 'b.holder_org_id', 'n.name', 'u.display_name'])
        .orderBy('b.used_up_at')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        rows.map((b) => ({
          what: {
            key: 'breach.bookNotReturned',
            values: { book: bookLabel(b), holder: b.name, cashier: b.display_name ?? '', days: r.value },
          },
          since: plus(b.used_up_at!, r.value * DAY),
          entity: { type: 'receipt_book', id: b.id, label: bookLabel(b), link: '/money/books?state=used_up' },
          officeId: b.holder_org_id,
        })),
      );
    }
    return mergePages(parts, page);
  },
};

// A book whose count of stubs falls short of the numbers taken from it (first … next-1) skipped a number.
function booksWithGaps(ctx: UseCase, scope: MonitorScope) {
  return ctx.db
    .selectFrom('receipt_books as b')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'b.tenant_id').onRef('n.id', '=', 'b.holder_org_id'))
    .where('b.tenant_id', '=', ctx.actor.tenantId)
    .where('b.state', 'in', ['issued', 'used_up'])
    .where(pathInRegion('n.path', { prefix: scope.path, exclude: [] }))
    .where((eb) =>
      eb(
        eb('b.next_no', '-', eb.ref('b.first_no')),
        '<>',
        sql<number>`(select count(*) from receipts r where r.tenant_id = b.tenant_id and r.book_id = b.id and r.seq_no >= b.first_no and r.seq_no < b.next_no)`,
      ),
    );
}

/**
 * A2.4.3: numbers skipped in a book still in use (a number taken with no receipt, issued or voided, behind it) —
 * the rule `skippedInUse`, which a test holds this SQL to on both engines.
 */
export const receiptGapsMonitor: Monitor = {
  id: 'money.receipt_gaps',
  clauseId: 'A2.4.3',
  title: { 'zh-CN': '收据号码跳号', en: 'Receipt numbers skipped' },
  responsibleRole: 'finance_custodian',
  async count(ctx, scope) {
    return Number(
      (
        await booksWithGaps(ctx, scope)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  },
  async list(ctx, scope, page) {
    const books = await booksWithGaps(ctx, scope)
      .select([
        'b.id',
        'b.series',
        'b.first_no',
        'b.last_no',
        'b.next_no',
        'b.state',
        'b.issued_at',
        'b.registered_at',
        'b.holder_org_id',
        'n.name',
      ])
      .orderBy('b.series')
      .orderBy('b.first_no')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const out: Breach[] = [];
    for (const b of books) {
      const stubs = await ctx.db
        .selectFrom('receipts')
        .select(['seq_no', 'issued_at'])
        .where('tenant_id', '=', ctx.actor.tenantId)
        .where('book_id', '=', b.id)
        .orderBy('seq_no')
        .execute();
      const missing = skippedInUse(
        { state: b.state, firstNo: Number(b.first_no), nextNo: Number(b.next_no) },
        stubs.map((s) => Number(s.seq_no)),
      );
      // the gap showed when a later number was issued past it
      const after = stubs.find((s) => Number(s.seq_no) > (missing[0] ?? Number.POSITIVE_INFINITY));
      out.push({
        what: {
          key: 'breach.receiptGap',
          values: {
            book: bookLabel(b),
            holder: b.name,
            missing: missing.slice(0, 10).join(', ') + (missing.length > 10 ? '…' : ''),
            count: missing.length,
          },
        },
        since: after?.issued_at ?? b.issued_at ?? b.registered_at,
        entity: { type: 'receipt_book', id: b.id, label: bookLabel(b), link: `/money/books?state=${b.state}` },
        officeId: b.holder_org_id,
      });
    }
    return out;
  },
};

const officesIn = (ctx: UseCase, region: ParamRegion) =>
  ctx.db.selectFrom('org_nodes as n').where('n.tenant_id', '=', ctx.actor.tenantId).where(pathInRegion('n.path', region));

type Range = ReturnType<typeof basisRange>;
const inRange = (column: string, range: Range) =>
  sql<SqlBool>`${sql.ref(column)} < ${range.to}${range.from === null ? sql`` : sql` and ${sql.ref(column)} >= ${range.from}`}`;
/** Not delivered; with a period, also delivered later than the hours allow (the rule of `deadlineMissed`). */
const undelivered = (hours: number, period: MonitorScope['period']) =>
  period ? sql<SqlBool>`(i.delivered_at is null or i.delivery_delay_ms > ${hours * HOUR})` : sql<SqlBool>`i.delivered_at is null`;

/**
 * Late invoices in one region (A7.4.8, the rule of invoice.rules.ts), counted from indexed ranges over the
 * bases whose deadline passed (in the period, when one is asked): orders charged alone (every accepted order,
 * less the visits on monthly statements and the free ones) plus statements, less their invoices delivered in time. Each invoice
 * names one accepted order or one statement of its own office with the same basis, and an accepted order is
 * never cancelled.
 */
async function countLate(ctx: UseCase, region: ParamRegion, period: MonitorScope['period']): Promise<number> {
  const range = basisRange(region.value, ctx.clock.now(), period);
  const n = (r: { n: unknown } | undefined) => Number(r?.n ?? 0);
  const count = <T extends 'orders' | 'statement_orders' | 'statements' | 'invoices'>(table: T, column: string) =>
    officesIn(ctx, region)
      .innerJoin(`${table} as x` as 'orders as x', (j) => j.onRef('x.tenant_id', '=', 'n.tenant_id').onRef('x.office_id', '=', 'n.id'))
      .where(inRange(`x.${column}`, range));
  // a free order (A4.2: installation, a repair in warranty) has nothing to invoice
  const orders = count('orders', 'accepted_at')
    .where('x.total_fen', '>', 0)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const onStatements = count('statement_orders', 'accepted_at')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const statements = count('statements', 'period_end')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const inTime = count('invoices', 'basis_at')
    .where(sql.ref('x.delivered_at'), 'is not', null)
    .$if(period !== undefined, (q) => q.where(sql.ref('x.delivery_delay_ms'), '<=', region.value * HOUR))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return n(await orders) - n(await onStatements) + n(await statements) - n(await inTime);
}

type InvoiceFacts = { invoice_number: string | null; delivery_delay_ms: number | string | null };
/** What breaks the clause: no invoice, one not delivered, or (asked about a period) one delivered late. */
function invoiceBreach(kind: 'invoice' | 'statementInvoice', i: InvoiceFacts, values: Record<string, string | number>, hours: number) {
  if (!i.invoice_number) return { key: `breach.${kind}NotRecorded`, values };
  if (i.delivery_delay_ms === null) return { key: `breach.${kind}NotDelivered`, values: { ...values, invoice: i.invoice_number } };
  const lateHours = Math.ceil((Number(i.delivery_delay_ms) - hours * HOUR) / HOUR);
  return { key: `breach.${kind}DeliveredLate`, values: { ...values, invoice: i.invoice_number, lateHours } };
}

/** A7.4.8: an accepted order, or a monthly statement, whose invoice has not reached the owner within `invoiceDeliveryHours`. */
export const invoicesLateMonitor: Monitor = {
  id: 'money.invoices_late',
  clauseId: 'A7.4.8',
  title: { 'zh-CN': '发票未在规定时限内送达业主', en: 'Invoices not delivered to the owner in time' },
  periodic: true,
  responsibleRole: 'cashier',
  async count(ctx, scope) {
    return sumOver(await paramRegionsUnder(ctx, scope.path, 'invoiceDeliveryHours'), (r) => countLate(ctx, r, scope.period));
  },
  async list(ctx, scope, page) {
    const regions = await paramRegionsUnder(ctx, scope.path, 'invoiceDeliveryHours');
    const parts: Breach[][] = [];
    for (const r of regions) {
      const range = basisRange(r.value, ctx.clock.now(), scope.period);
      // Over many offices, walk the orders oldest first and stop after the page (`|| ''` keeps both engines
      // from driving by office, which would sort every late order first); over a few, go office by office.
      const nodes = Number(
        (
          await officesIn(ctx, r)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
      const office = nodes > 20 ? sql<string>`${sql.ref('o.office_id')} || ''` : sql<string>`${sql.ref('o.office_id')}`;
      const orders = await ctx.db
        .selectFrom('orders as o')
        .leftJoin('invoices as i', (j) => j.onRef('i.tenant_id', '=', 'o.tenant_id').onRef('i.order_id', '=', 'o.id'))
        .select([
          'o.id',
          'o.number',
          'o.customer_name',
          'o.accepted_at',
          'o.office_id',
          'i.number as invoice_number',
          'i.delivery_delay_ms',
        ])
        .where('o.tenant_id', '=', ctx.actor.tenantId)
        .where(inRange('o.accepted_at', range))
        .where(office, 'in', officesIn(ctx, r).select('n.id'))
        .where('o.billing', '=', 'per_order')
        .where('o.total_fen', '>', 0)
        .where(undelivered(r.value, scope.period))
        .orderBy('o.accepted_at')
        .orderBy('o.id')
        .limit(page.offset + page.limit)
        .execute();
      const statements = await ctx.db
        .selectFrom('statements as s')
        .leftJoin('invoices as i', (j) => j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.statement_id', '=', 's.id'))
        .select([
          's.id',
          's.agreement_id',
          's.month',
          's.customer_name',
          's.period_end',
          's.office_id',
          'i.number as invoice_number',
          'i.delivery_delay_ms',
        ])
        .where('s.tenant_id', '=', ctx.actor.tenantId)
        .where(inRange('s.period_end', range))
        .where('s.office_id', 'in', officesIn(ctx, r).select('n.id'))
        .where(undelivered(r.value, scope.period))
        .orderBy('s.period_end')
        .orderBy('s.id')
        .limit(page.offset + page.limit)
        .execute();
      parts.push(
        orders.map(
          (o): Breach => ({
            what: invoiceBreach('invoice', o, { order: o.number, customer: o.customer_name, hours: r.value }, r.value),
            since: plus(o.accepted_at!, r.value * HOUR),
            entity: { type: 'order', id: o.id, label: o.number, link: `/orders/${o.id}` },
            officeId: o.office_id,
          }),
        ),
        statements.map(
          (s): Breach => ({
            what: invoiceBreach('statementInvoice', s, { month: s.month, customer: s.customer_name, hours: r.value }, r.value),
            since: plus(s.period_end, r.value * HOUR),
            entity: { type: 'statement', id: s.id, label: `${s.month} ${s.customer_name}`, link: `/agreements/${s.agreement_id}` },
            officeId: s.office_id,
          }),
        ),
      );
    }
    return mergePages(parts, page);
  },
};

export const moneyMonitors: Monitor[] = [booksNotReturnedMonitor, receiptGapsMonitor, invoicesLateMonitor];
