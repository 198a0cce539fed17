import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineMissed, invoiceOverdue, missedInPeriod } from '../../src/modules/money/invoice.rules.js';
import { invoicesLateMonitor } from '../../src/modules/money/money.monitors.js';
import { monthBounds } from '../../src/modules/money/statement.rules.js';
import { activeAgreement, freshLogin, systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const zoneDate = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(at);

type Breaches = { items: { entity: { id: string; type: string }; what: { key: string } }[]; total: number };
async function breaches(agent: Agent, query: string): Promise<Breaches> {
  const res = await agent.get(`/api/compliance/monitors/money.invoices_late/breaches?pageSize=100&org=${await t.org('office-a')}${query}`);
  expect(res.status).toBe(200);
  return res.body;
}
async function count(agent: Agent, query: string): Promise<number> {
  const res = await agent.get(`/api/compliance?org=${await t.org('office-a')}${query}`);
  expect(res.status).toBe(200);
  const clause = (res.body.clauses as { id: string; monitors: { id: string; count: number }[] }[]).find((c) => c.id === 'A7.4.8')!;
  return clause.monitors.find((m) => m.id === 'money.invoices_late')!.count;
}
const period = (from: string, to: string) => `&from=${from}&to=${to}`;

describe('A7.4.8: a late delivery stays a breach of its period', () => {
  it('an invoice delivered 25 hours after acceptance is no breach now, but is one for the period of its deadline', async () => {
    const o = await driveTo(t, 'accepted');
    const cashier = await t.login('chenjing');
    const inv = await cashier.post(`/api/orders/${o.id}/invoice`, {
      number: `FP-L-${o.number}`,
      date: zoneDate(new Date()),
      kind: 'vat_general',
      amountFen: o.totalFen,
    });
    expect(inv.status).toBe(201);
    t.clock.advance(25 * HOUR);
    try {
      const head = await freshLogin(t, 'wangfang');
      expect((await breaches(head, '')).items.map((b) => b.entity.id)).toContain(o.id);
      expect((await (await freshLogin(t, 'chenjing')).post(`/api/invoices/${inv.body.id}/deliver`, {})).status).toBe(200);
      // now: nothing is late any more
      expect((await breaches(head, '')).items.map((b) => b.entity.id)).not.toContain(o.id);
      // the day of the deadline: delivered late, and the count says the same as the list
      const due = zoneDate(new Date(Date.parse(o.acceptedAt) + 24 * HOUR));
      const thatDay = await breaches(head, period(due, due));
      expect(thatDay.items.find((b) => b.entity.id === o.id)?.what.key).toBe('breach.invoiceDeliveredLate');
      expect(thatDay.total).toBe(await count(head, period(due, due)));
      // another period does not hold it
      expect((await breaches(head, period('2020-01-01', '2020-01-31'))).items.map((b) => b.entity.id)).not.toContain(o.id);
      const bad = await head.get(`/api/compliance?from=${due}`);
      expect(bad.status).toBe(422);
      expect(bad.body.errors[0]).toMatchObject({ field: 'to', code: 'compliance.period_incomplete' });
    } finally {
      t.clock.set(new Date());
    }
  });

  it('the order’s invoice answer carries its deadline judged by the server’s clock, as the monitor judges it', async () => {
    const o = await driveTo(t, 'accepted');
    const cashier = await freshLogin(t, 'chenjing');
    const before = (await cashier.get(`/api/orders/${o.id}/invoice`)).body;
    expect(before).toMatchObject({
      invoice: null,
      delivery: { hours: 24, dueAt: new Date(Date.parse(o.acceptedAt) + 24 * HOUR).toISOString(), overdue: false, deadlineMissed: false },
    });
    // the demo clock moves a day and an hour on: the browser's clock would still say "in time"
    t.clock.advance(25 * HOUR);
    try {
      const late = await (await freshLogin(t, 'chenjing')).get(`/api/orders/${o.id}/invoice`);
      expect(late.body).toMatchObject({
        invoice: null,
        delivery: { overdue: true, deadlineMissed: true },
      });
      // judged at the server's moved time, a day and an hour past acceptance
      expect(Date.parse(late.body.checkedAt) - Date.parse(o.acceptedAt)).toBeGreaterThanOrEqual(25 * HOUR);
      const listed = await breaches(await freshLogin(t, 'wangfang'), '');
      expect(listed.items.map((b) => b.entity.id)).toContain(o.id);
    } finally {
      t.clock.set(new Date());
    }
  });

  it('the monitor’s SQL counts and lists exactly what the rule says, now and for periods', async () => {
    const ctx = await systemContext(t);
    const db = t.runtime.deps.db;
    const tenantId = ctx.actor.tenantId;
    const officeA = await t.org('office-a');
    const path = (await db.selectFrom('org_nodes').select('path').where('id', '=', officeA).executeTakeFirstOrThrow()).path;
    // a spread of accepted orders and their invoices, placed around deadlines to the millisecond
    const base = Date.parse('2026-10-10T00:00:00.000Z');
    const cases: [number, number | null | 'none'][] = [
      [0, 'none'],
      [0, null],
      [0, 24 * HOUR],
      [0, 24 * HOUR + 1],
      [5 * HOUR, 25 * HOUR],
      [30 * HOUR, 2 * HOUR],
      [47 * HOUR, 'none'],
    ];
    for (const [i, [offset, delay]] of cases.entries()) {
      const o = await driveTo(t, 'accepted');
      const acceptedAt = new Date(base + offset).toISOString();
      await db.updateTable('orders').set({ accepted_at: acceptedAt }).where('tenant_id', '=', tenantId).where('id', '=', o.id).execute();
      if (delay === 'none') continue;
      await db
        .insertInto('invoices')
        .values({
          tenant_id: tenantId,
          id: crypto.randomUUID(),
          order_id: o.id,
          statement_id: null,
          office_id: officeA,
          number: `FP-R-${i}-${o.number}`,
          kind: 'other',
          invoice_date: '2026-10-10',
          amount_fen: o.totalFen,
          issued_by: '陈静',
          issued_at: acceptedAt,
          delivered_at: delay === null ? null : new Date(base + offset + delay).toISOString(),
          delivered_by: delay === null ? null : '陈静',
          delivery_note: null,
          basis_at: acceptedAt,
          delivery_delay_ms: delay,
        })
        .execute();
    }
    // and two monthly statements of the same office: one never invoiced, one invoiced a millisecond late
    for (const [i, delay] of [null, 24 * HOUR + 1].entries()) {
      const id = crypto.randomUUID();
      const end = new Date(base + i * HOUR).toISOString();
      await db
        .insertInto('statements')
        .values({
          tenant_id: tenantId,
          id,
          agreement_id: crypto.randomUUID(),
          office_id: officeA,
          customer_name: '测试业主',
          month: `2026-0${i + 1}`,
          period_start: '2026-09-01T00:00:00.000Z',
          period_end: end,
          amount_fen: 100,
          visit_count: 1,
          version: 1,
          payment_id: null,
          paid_at: null,
          paid_method: null,
          paid_by_name: null,
          created_at: end,
          updated_at: end,
        })
        .execute();
      if (delay === null) continue;
      await db
        .insertInto('invoices')
        .values({
          tenant_id: tenantId,
          id: crypto.randomUUID(),
          order_id: null,
          statement_id: id,
          office_id: officeA,
          number: `FP-S-${id.slice(-8)}`,
          kind: 'other',
          invoice_date: '2026-10-10',
          amount_fen: 100,
          issued_by: '陈静',
          issued_at: end,
          delivered_at: new Date(base + i * HOUR + delay).toISOString(),
          delivered_by: '陈静',
          delivery_note: null,
          basis_at: end,
          delivery_delay_ms: delay,
        })
        .execute();
    }
    // every unit of office A as the rule sees it (orders charged alone, and statements)
    const orders = await db
      .selectFrom('orders as o')
      .leftJoin('invoices as i', (j) => j.onRef('i.tenant_id', '=', 'o.tenant_id').onRef('i.order_id', '=', 'o.id'))
      .select(['o.id', 'o.accepted_at', 'i.delivered_at'])
      .where('o.tenant_id', '=', tenantId)
      .where('o.office_id', '=', officeA)
      .where('o.accepted_at', 'is not', null)
      .where('o.billing', '=', 'per_order')
      .execute();
    const statements = await db
      .selectFrom('statements as s')
      .leftJoin('invoices as i', (j) => j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.statement_id', '=', 's.id'))
      .select(['s.id', 's.period_end as accepted_at', 'i.delivered_at'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.office_id', '=', officeA)
      .execute();
    const units = [...orders, ...statements].map((u) => ({ id: u.id, basisAt: u.accepted_at!, deliveredAt: u.delivered_at }));
    const now = new Date('2026-10-12T00:00:00.000Z');
    t.clock.set(now);
    try {
      const checks: ({ from: string; to: string } | undefined)[] = [
        undefined,
        { from: '2026-10-11T00:00:00.000Z', to: '2026-10-11T00:00:00.001Z' },
        { from: '2026-10-11T00:00:00.000Z', to: '2026-10-12T00:00:00.000Z' },
        { from: '2026-10-10T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
        { from: '2020-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' },
      ];
      for (const p of checks) {
        const expected = units
          .filter((u) => (p ? missedInPeriod(u, 24, now, p) : invoiceOverdue(u, 24, now)))
          .map((u) => u.id)
          .sort();
        const scope = { nodeId: officeA, path, period: p };
        expect(await invoicesLateMonitor.count(ctx, scope), JSON.stringify(p)).toBe(expected.length);
        const listed = await invoicesLateMonitor.list(ctx, scope, { offset: 0, limit: 10_000 });
        expect(listed.map((b) => b.entity.id).sort(), JSON.stringify(p)).toEqual(expected);
      }
      // the rule itself tells the cases apart: on the deadline is in time, a millisecond after is late
      expect(
        deadlineMissed({ basisAt: new Date(base).toISOString(), deliveredAt: new Date(base + 24 * HOUR).toISOString() }, 24, now),
      ).toBe(false);
    } finally {
      t.clock.set(new Date());
    }
  });
});

describe('agreements paid monthly (A7.4.3, A7.4.8)', () => {
  it('charges a month’s accepted visits on one statement: one payment with a receipt, one invoice with its own deadline', async () => {
    const supervisor = await t.login('liuyang');
    const a = await activeAgreement(t, supervisor, {
      paymentTerms: 'monthly',
      startDate: zoneDate(new Date()),
      schedule: { weekdays: [1, 2, 3, 4, 5, 6, 7], monthDays: [], windowStart: '23:00', windowEnd: '23:30' },
    });
    const cleaner = await t.login('sunxy');
    let o = (await supervisor.get(`/api/orders/${a.visits[0].orderId}`)).body;
    expect(o.billing).toBe('monthly');
    const step = async (agent: Agent, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      o = res.body;
    };
    await step(supervisor, 'assign', { staff: [await t.userId('sunxy')] });
    await step(cleaner, 'start');
    await step(cleaner, 'finish');
    await step(cleaner, 'accept', { signerName: '李先生', signature: SIGNATURE_PNG });
    // the cleaner takes no cash for one visit, and the visit is not invoiced alone
    expect(o.abilities.pay).toBe(false);
    const cash = await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(cash.status).toBe(422);
    expect(cash.body.code).toBe('order.billed_monthly');
    const cashier = await t.login('chenjing');
    const alone = await cashier.post(`/api/orders/${o.id}/invoice`, {
      number: `FP-V-${o.number}`,
      date: zoneDate(new Date()),
      kind: 'other',
      amountFen: o.totalFen,
    });
    expect(alone.status).toBe(422);
    expect(alone.body.code).toBe('invoice.billed_monthly');

    let s = (await cashier.get(`/api/agreements/${a.id}`)).body.statements[0];
    expect(s).toMatchObject({ visitCount: 1, amountFen: o.totalFen, final: false, abilities: { pay: false, recordInvoice: false } });
    expect(s.visits.map((v: { orderNumber: string }) => v.orderNumber)).toEqual([o.number]);
    const early = await cashier.post(`/api/statements/${s.id}/pay`, { version: s.version, amountFen: s.amountFen, method: 'cash' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('statement.month_open');

    const end = monthBounds(s.month, 'Asia/Shanghai').end;
    t.clock.set(new Date(Date.parse(end) + HOUR));
    try {
      const head = await freshLogin(t, 'wangfang');
      const ids = async (q = '') => (await breaches(head, q)).items.map((b) => b.entity.id);
      // the visit is never late on its own; the statement is not late before the month's end + 24 h
      expect(await ids()).not.toContain(o.id);
      expect(await ids()).not.toContain(s.id);
      const desk = await freshLogin(t, 'chenjing');
      s = (await desk.get(`/api/statements/${s.id}`)).body;
      expect(s.abilities).toMatchObject({ pay: true, recordInvoice: true });
      const wrong = await desk.post(`/api/statements/${s.id}/pay`, { version: s.version, amountFen: s.amountFen - 1, method: 'cash' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors[0]).toMatchObject({ field: 'amountFen', code: 'statement.amount_mismatch' });
      const paid = await desk.post(`/api/statements/${s.id}/pay`, { version: s.version, amountFen: s.amountFen, method: 'cash' });
      expect(paid.status).toBe(200);
      expect(paid.body.receiptNumber).toMatch(/\d{7}$/);
      expect((await desk.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'paid' });
      const twice = await desk.post(`/api/statements/${s.id}/pay`, { version: paid.body.version, amountFen: s.amountFen, method: 'cash' });
      expect(twice.status).toBe(409);

      t.clock.set(new Date(Date.parse(end) + 25 * HOUR));
      const late = await breaches(await freshLogin(t, 'wangfang'), '');
      expect(late.items.find((b) => b.entity.id === s.id)).toMatchObject({
        what: { key: 'breach.statementInvoiceNotRecorded' },
        entity: { type: 'statement' },
      });
      const desk2 = await freshLogin(t, 'chenjing');
      const inv = await desk2.post(`/api/statements/${s.id}/invoice`, {
        number: `FP-M-${o.number}`,
        date: zoneDate(new Date(Date.parse(end) + HOUR)),
        kind: 'vat_general',
        amountFen: s.amountFen,
      });
      expect(inv.status).toBe(201);
      expect(inv.body).toMatchObject({ statementId: s.id, orderId: null, basisAt: end });
      const again = await desk2.post(`/api/statements/${s.id}/invoice`, {
        number: `FP-M2-${o.number}`,
        date: zoneDate(new Date(Date.parse(end) + HOUR)),
        kind: 'vat_general',
        amountFen: s.amountFen,
      });
      expect(again.status).toBe(409);
      expect((await desk2.post(`/api/invoices/${inv.body.id}/deliver`, {})).status).toBe(200);
      const headNow = await freshLogin(t, 'wangfang');
      expect((await breaches(headNow, '')).items.map((b) => b.entity.id)).not.toContain(s.id);
      const dueDay = zoneDate(new Date(Date.parse(end) + 24 * HOUR));
      const then = await breaches(headNow, period(dueDay, dueDay));
      expect(then.items.find((b) => b.entity.id === s.id)?.what.key).toBe('breach.statementInvoiceDeliveredLate');

      // the printed form of the visit names the statement's receipt and invoice
      const form = await desk2.get(`/api/orders/${o.id}/print`);
      expect(form.body).toContain(paid.body.receiptNumber);
      expect(form.body).toContain(`FP-M-${o.number}`);
    } finally {
      t.clock.set(new Date());
    }
  });
});

describe('the printed form (A7.4.8)', () => {
  it('shows the receipt number and the invoice number once they exist', async () => {
    const o = await driveTo(t, 'accepted');
    const cashier = await t.login('chenjing');
    const before = await cashier.get(`/api/orders/${o.id}/print`);
    expect(before.body).toContain('发票号码：（未开具）');
    const paid = await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(paid.status).toBe(200);
    const receipt = ((await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items as { number: string }[])[0]!;
    await cashier.post(`/api/orders/${o.id}/invoice`, {
      number: `FP-P-${o.number}`,
      date: zoneDate(new Date()),
      kind: 'other',
      amountFen: o.totalFen,
    });
    const after = await cashier.get(`/api/orders/${o.id}/print`);
    expect(after.body).toContain(`收据号码：${receipt.number}`);
    expect(after.body).toContain(`发票号码：FP-P-${o.number}`);
  });
});
