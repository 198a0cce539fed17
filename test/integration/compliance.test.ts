import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUSES } from '../../src/modules/compliance/clauses.data.js';
import { scanCompliance } from '../../src/modules/compliance/compliance-scan.service.js';
import { SETTLE_MS, verifyQuotes } from '../../src/modules/orders/order-price-check.service.js';
import { inTransaction, systemActor } from '../../src/platform/context.js';
import { DEMO_PASSWORD } from '../support/demo-password.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const DAY = 86_400_000;

/** A fresh sign-in: moving the clock days on also ends idle sessions. */
async function fresh(username: string): Promise<Agent> {
  const a = t.anonymous();
  const res = await a.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return a;
}

async function scan() {
  const tenant = await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  return inTransaction({ ...t.runtime.deps, actor: systemActor(tenant.id), requestId: null }, (tx) => scanCompliance(tx));
}

type Clause = {
  id: string;
  coverage: string;
  status: string;
  breaches: number | null;
  monitors: { id: string; count: number }[];
  enforced: { code: string; module: string; description: string; test: string }[];
  provided: { key: string; module: string; description: string; test: string }[];
};
async function page(agent: Agent, org?: string): Promise<Record<string, Clause>> {
  const res = await agent.get(`/api/compliance${org ? `?org=${org}` : ''}`);
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.clauses as Clause[]).map((c) => [c.id, c]));
}
const countOf = (p: Record<string, Clause>, clause: string, monitor: string) => p[clause]!.monitors.find((m) => m.id === monitor)!.count;

async function breaches(agent: Agent, monitor: string, org?: string) {
  const res = await agent.get(`/api/compliance/monitors/${monitor}/breaches?pageSize=100${org ? `&org=${org}` : ''}`);
  expect(res.status).toBe(200);
  return res.body as { items: { entity: { id: string; link: string; label: string }; what: { key: string } }[]; total: number };
}

/** A one-receipt book for 陈静 (office A), issued by finance; her demo book is set aside so this is her open book. */
async function oneReceiptBook(): Promise<string> {
  const custodian = await fresh('zhengkj');
  const head = await fresh('wangfang');
  const db = t.runtime.deps.db;
  const cashierId = await t.userId('chenjing');
  await db
    .updateTable('receipt_books')
    .set({ state: 'settled' })
    .where('cashier_id', '=', cashierId)
    .where('state', '=', 'issued')
    .execute();
  const book = (await custodian.post('/api/receipt-books', { orgId: await t.org('pm-finance'), series: 'CP', firstNo: 1, lastNo: 1 })).body;
  const req = await head.post('/api/book-requests', { orgId: await t.org('office-a'), cashierId, reason: '合规测试' });
  expect((await custodian.post(`/api/book-requests/${req.body.id}/issue`, { bookId: book.id })).status).toBe(200);
  return book.id;
}

describe('compliance view (X5)', () => {
  it('lists every clause of the regulations: enforced, monitored, both, or fulfilled by a feature, as the modules declare', async () => {
    const admin = await t.login('admin');
    const res = await admin.get(`/api/compliance?org=${await t.org('hq')}`);
    expect(res.status).toBe(200);
    expect(res.body.clauses.map((c: { id: string }) => c.id)).toEqual(CLAUSES.map((c) => c.id));
    const by = await page(admin);
    // payment equals the total: the server refuses any other amount, and no monitor is needed for it
    expect(by['A2.4.2.3']).toMatchObject({ coverage: 'enforced', status: 'not_monitored', breaches: null, monitors: [] });
    expect(by['A2.4.2.3']!.enforced).toEqual(
      expect.arrayContaining([
        {
          code: 'order.amount_mismatch',
          module: 'orders',
          description: expect.stringContaining('total'),
          test: 'test/integration/orders.test.ts',
        },
        expect.objectContaining({ code: 'statement.amount_mismatch', module: 'money' }),
      ]),
    );
    // refused by the quote and watched by a monitor (the demo quotes from its published lists only)
    expect(by['A2.4.2.1']).toMatchObject({ coverage: 'enforced_and_monitored', status: 'ok', breaches: 0 });
    expect(by['A2.4.2.1']!.enforced.map((r) => r.code)).toEqual(['order.price_not_published']);
    expect(by['A7.4.8']!.coverage).toBe('enforced_and_monitored');
    expect(by['A7.4.9']).toMatchObject({ coverage: 'monitored', enforced: [] });
    // no refusal or monitor expresses a record's history or a printed form: the features that fulfil them are named
    expect(by['X1']).toMatchObject({ coverage: 'provided', status: 'not_monitored', breaches: null, monitors: [], enforced: [] });
    expect(by['X1']!.provided.map((f) => `${f.module} ${f.key} ${f.test}`)).toEqual([
      'history history.record_history test/integration/history.test.ts',
      'history history.audit_chain test/integration/audit-cli.test.ts',
    ]);
    expect(by['X3']!.provided.map((f) => f.key).sort()).toEqual([
      'agreements.printed_agreement',
      'infusion.printed_consent',
      'money.printed_receipts',
      'orders.printed_forms',
    ]);
    expect(by['A3.2']).toMatchObject({ coverage: 'provided', provided: [expect.objectContaining({ key: 'socialwork.ethics_register' })] });
    // every clause is covered one way or another
    expect(
      Object.values(by)
        .filter((c) => c.coverage === 'not_covered')
        .map((c) => c.id),
    ).toEqual([]);
    expect(by['A1.1']).toMatchObject({ coverage: 'enforced', status: 'not_monitored', monitors: [] });
    // every rule a module declares shows under its clause, and nothing else does
    const shown = Object.values(by).flatMap((c) => c.enforced.map((r) => `${c.id} ${r.code}`));
    expect(shown.sort()).toEqual(t.runtime.deps.modules.enforced.map((r) => `${r.clauseId} ${r.code}`).sort());
    const features = Object.values(by).flatMap((c) => c.provided.map((f) => `${c.id} ${f.key}`));
    expect(features.sort()).toEqual(t.runtime.deps.modules.provided.map((f) => `${f.clauseId} ${f.key}`).sort());
  });

  it('a used-up book not returned past receiptReturnDays is a breach linking to the book, notified once; returned, it clears', async () => {
    const bookId = await oneReceiptBook();
    const order = await driveTo(t, 'accepted');
    const cashier = await fresh('chenjing');
    expect(
      (await cashier.post(`/api/orders/${order.id}/pay`, { version: order.version, amountFen: order.totalFen, method: 'cash' })).status,
    ).toBe(200);

    const officeA = await t.org('office-a');
    const before = await breaches(await fresh('wangfang'), 'money.books_not_returned', officeA);
    expect(before.items.map((b) => b.entity.id)).not.toContain(bookId);

    t.clock.advance(4 * DAY);
    try {
      const head = await fresh('wangfang');
      const p = await page(head, officeA);
      expect(p['A2.4.3']!.status).toBe('breached');
      const list = await breaches(head, 'money.books_not_returned', officeA);
      expect(list.total).toBe(countOf(p, 'A2.4.3', 'money.books_not_returned'));
      const mine = list.items.find((b) => b.entity.id === bookId);
      expect(mine).toMatchObject({
        what: { key: 'breach.bookNotReturned' },
        entity: { link: '/money/books?state=used_up', label: 'CP 1–1' },
      });

      // office B's head sees neither office A's page nor its breaches among theirs
      const headB = await fresh('zhaolei');
      expect((await headB.get(`/api/compliance?org=${officeA}`)).status).toBe(404);
      expect((await headB.get(`/api/compliance/monitors/money.books_not_returned/breaches?org=${officeA}`)).status).toBe(404);
      expect((await breaches(headB, 'money.books_not_returned')).items.map((b) => b.entity.id)).not.toContain(bookId);
      // a cleaner sees their department but may not read compliance there
      expect((await (await fresh('sunxy')).get(`/api/compliance?org=${await t.org('office-a-env')}`)).status).toBe(403);

      // the scan tells the finance custodian once, however often it runs
      await scan();
      await scan();
      const custodian = await fresh('zhengkj');
      const told = (await custodian.get('/api/notifications')).body;
      const aboutBook = told.items.filter((n: { entity: { id: string } }) => n.entity.id === bookId);
      expect(aboutBook).toHaveLength(1);
      expect(aboutBook[0]).toMatchObject({ clauseId: 'A2.4.3', link: '/money/books?state=used_up', readAt: null });
      expect(told.unread).toBeGreaterThanOrEqual(1);
      // someone else's notification does not exist for office B's head
      expect((await headB.post(`/api/notifications/${aboutBook[0].id}/read`)).status).toBe(404);
      expect((await headB.get('/api/notifications')).body.items.map((n: { entity: { id: string } }) => n.entity.id)).not.toContain(bookId);
      const read = await custodian.post(`/api/notifications/${aboutBook[0].id}/read`);
      expect(read.status).toBe(200);
      expect(read.body.readAt).not.toBeNull();

      // the stubs come back and the book is settled: the breach is gone
      expect((await custodian.post(`/api/receipt-books/${bookId}/settle`)).body.state).toBe('settled');
      const after = await page(head, officeA);
      expect(countOf(after, 'A2.4.3', 'money.books_not_returned')).toBe(countOf(p, 'A2.4.3', 'money.books_not_returned') - 1);
      expect((await breaches(head, 'money.books_not_returned', officeA)).items.map((b) => b.entity.id)).not.toContain(bookId);
      const cleared = await scan();
      expect(cleared.cleared).toBeGreaterThanOrEqual(1);
      expect((await custodian.post('/api/notifications/read-all')).status).toBe(200);
      expect((await custodian.get('/api/notifications')).body.unread).toBe(0);
    } finally {
      t.clock.set(new Date());
    }
  });

  it('an invoice not delivered within invoiceDeliveryHours of acceptance breaches A7.4.8 until it reaches the owner', async () => {
    const o = await driveTo(t, 'accepted');
    const officeA = await t.org('office-a');
    const late = async () => {
      const list = await breaches(await fresh('wangfang'), 'money.invoices_late', officeA);
      const p = await page(await fresh('wangfang'), officeA);
      // the count (indexed arithmetic) and the listing agree
      expect(list.total).toBe(countOf(p, 'A7.4.8', 'money.invoices_late'));
      expect(list.items).toHaveLength(Math.min(list.total, 100));
      return { ids: list.items.map((b) => b.entity.id), status: p['A7.4.8']!.status, items: list.items };
    };
    expect((await late()).ids).not.toContain(o.id);
    t.clock.advance(25 * 3600_000);
    try {
      const now = await late();
      expect(now.status).toBe('breached');
      // the scan tells office A's cashier (the responsible role at that office), not office B's
      await scan();
      const about = async (user: string) =>
        (
          (await (await fresh(user)).get('/api/notifications?limit=100')).body.items as { entity: { id: string }; clauseId: string }[]
        ).filter((n) => n.entity.id === o.id);
      expect(await about('chenjing')).toMatchObject([{ clauseId: 'A7.4.8' }]);
      expect(await about('huangli')).toEqual([]);
      expect(now.items.find((b) => b.entity.id === o.id)).toMatchObject({
        what: { key: 'breach.invoiceNotRecorded' },
        entity: { link: `/orders/${o.id}` },
      });
      const cashier = await fresh('chenjing');
      const inv = await cashier.post(`/api/orders/${o.id}/invoice`, {
        number: `FP-CP-${o.number}`,
        date: '2026-11-27',
        kind: 'vat_general',
        amountFen: o.totalFen,
      });
      expect(inv.status).toBe(201);
      expect((await late()).items.find((b) => b.entity.id === o.id)?.what.key).toBe('breach.invoiceNotDelivered');
      expect((await cashier.post(`/api/invoices/${inv.body.id}/deliver`, {})).status).toBe(200);
      expect((await late()).ids).not.toContain(o.id);
    } finally {
      t.clock.set(new Date());
    }
  });

  it('applies each office’s own invoiceDeliveryHours when HQ is counted', async () => {
    const o = await driveTo(t, 'accepted');
    const admin = await t.login('admin');
    const hq = await t.org('hq');
    const officeA = await t.org('office-a');
    expect((await admin.put(`/api/orgs/${officeA}/params/invoiceDeliveryHours`, { value: 2 })).status).toBe(200);
    try {
      t.clock.advance(3 * 3600_000);
      const ids = (await breaches(await fresh('admin'), 'money.invoices_late', hq)).items.map((b) => b.entity.id);
      expect(ids).toContain(o.id);
    } finally {
      t.clock.set(new Date());
      await (await fresh('admin')).put(`/api/orgs/${officeA}/params/invoiceDeliveryHours`, { value: null });
    }
  });

  it('an order line priced off its list shows under A2.4.2.1 with a link to the order', async () => {
    const o = await driveTo(t, 'quoted');
    await t.runtime.deps.db.updateTable('order_lines').set({ unit_price_fen: 1 }).where('order_id', '=', o.id).execute();
    const admin = await t.login('admin');
    const p = await page(admin);
    expect(p['A2.4.2.1']).toMatchObject({ status: 'breached', breaches: 1 });
    const list = await breaches(admin, 'orders.off_list_prices');
    expect(list.items[0]).toMatchObject({ what: { key: 'breach.priceOffList' }, entity: { id: o.id, link: `/orders/${o.id}` } });
    expect((await admin.get('/api/compliance/monitors/nope/breaches')).status).toBe(404);

    // the price check job verifies the quote and keeps what it found; a cancelled order charges nothing
    const tenant = await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
    // the check runs once the quote is older than the few minutes the mark stays behind
    t.clock.advance(SETTLE_MS + 60_000);
    const checked = await inTransaction({ ...t.runtime.deps, actor: systemActor(tenant.id), requestId: null }, (tx) => verifyQuotes(tx));
    expect(checked.found).toBe(1);
    expect((await page(admin))['A2.4.2.1']).toMatchObject({ status: 'breached', breaches: 1 });
    expect((await breaches(admin, 'orders.off_list_prices')).items.map((b) => b.entity.id)).toEqual([o.id]);
    const cancel = await (await t.login('liuyang')).post(`/api/orders/${o.id}/cancel`, { version: o.version, reason: '报价有误，取消' });
    expect(cancel.status).toBe(200);
    expect((await page(admin))['A2.4.2.1']).toMatchObject({ status: 'ok', breaches: 0 });
    t.clock.set(new Date());
  });
});
