import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('money, end to end at 金色家园 (issue 5 walkthrough)', () => {
  it('book → three payments → a void → cash up the chain → remittance → finance → settled book → zero differences; then a mismatch is listed', async () => {
    const custodian = await t.login('zhengkj');
    const head = await t.login('zhaolei');
    const cashier = await t.login('huangli');
    const officeB = await t.org('office-b');
    // the demo's own money of today at 金色家园 (a remittance of this week's desk fees, say) is in today's report too
    const before = (await head.get(`/api/reconciliation?officeId=${officeB}&from=${today()}&to=${today()}`)).body;
    expect(before.differences).toEqual([]);

    // a small book of 3 for 黄丽, requested by her office head and issued by finance
    const book = (await custodian.post('/api/receipt-books', { orgId: await t.org('pm-finance'), series: 'W', firstNo: 1, lastNo: 3 }))
      .body;
    // her demo book (A 51–100) is settled first so this one is her open book
    const demo = ((await custodian.get('/api/receipt-books')).body as { id: string; cashierName: string | null; state: string }[]).find(
      (b) => b.cashierName === '黄丽',
    )!;
    await t.runtime.deps.db.updateTable('receipt_books').set({ state: 'settled' }).where('id', '=', demo.id).execute();
    const req = await head.post('/api/book-requests', { orgId: officeB, cashierId: await t.userId('huangli'), reason: '月末收费' });
    await custodian.post(`/api/book-requests/${req.body.id}/issue`, { bookId: book.id });

    // three payments: two at the desk, one collected on the spot by a cleaner and handed up
    const desk = [await driveTo(t, 'accepted', 'office-b'), await driveTo(t, 'accepted', 'office-b')];
    for (const o of desk)
      expect((await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })).status).toBe(
        200,
      );
    const field = await driveTo(t, 'paid', 'office-b');
    const cleaner = await t.login('cleaner_b', 'cleaner-pass');
    // A7.4.7: the cleaner hands the money with the form to the office's supervisor (here its head), who hands it to the cashier
    const offer = await cleaner.post('/api/handovers', {
      toUserId: await t.userId('zhaolei'),
      paymentIds: [field.payment.id],
      withForm: true,
    });
    expect(offer.status).toBe(201);
    await head.post(`/api/handovers/${offer.body.id}/confirm`);
    const onward = await head.post('/api/handovers', { toUserId: await t.userId('huangli'), paymentIds: [field.payment.id] });
    expect(onward.status).toBe(201);
    await cashier.post(`/api/handovers/${onward.body.id}/confirm`);
    let receipts = (await cashier.get(`/api/receipts?bookId=${book.id}&sort=number&pageSize=100`)).body.items as {
      id: string;
      number: string;
      paymentId: string;
    }[];
    expect(receipts.map((r) => r.number)).toEqual(['W-0000001', 'W-0000002', 'W-0000003']);

    // one receipt was written wrong: void it, and the book is used up — its replacement needs the next book
    await cashier.post(`/api/receipts/${receipts[1]!.id}/void`, { reason: '付款人名字写错' });
    const noBook = await cashier.post(`/api/receipts/${receipts[1]!.id}/replace`);
    expect(noBook.body.code).toBe('receipt.no_open_book');
    const book2 = (await custodian.post('/api/receipt-books', { orgId: await t.org('pm-finance'), series: 'W', firstNo: 4, lastNo: 6 }))
      .body;
    const req2 = await head.post('/api/book-requests', { orgId: officeB, cashierId: await t.userId('huangli'), reason: '上一本已用完' });
    await custodian.post(`/api/book-requests/${req2.body.id}/issue`, { bookId: book2.id });
    expect((await cashier.post(`/api/receipts/${receipts[1]!.id}/replace`)).body.number).toBe('W-0000004');

    // invoices recorded and delivered (A7.4.8)
    for (const o of [...desk, field]) {
      const fresh = (await cashier.get(`/api/orders/${o.id}`)).body;
      const inv = await cashier.post(`/api/orders/${o.id}/invoice`, {
        number: `FP${o.number.replaceAll('-', '')}`,
        date: today(),
        kind: 'vat_general',
        amountFen: fresh.totalFen,
      });
      expect(inv.status).toBe(201);
      await cashier.post(`/api/invoices/${inv.body.id}/deliver`, { note: '交业主本人' });
    }

    // remit the three payments; finance confirms
    const inHand = (
      (await cashier.get('/api/cash-in-hand')).body as { holderName: string; amountFen: number; payments: { paymentId: string }[] }[]
    ).find((h) => h.holderName === '黄丽')!;
    const total = inHand.amountFen;
    const remittance = await cashier.post('/api/remittances', {
      officeId: officeB,
      paymentIds: inHand.payments.map((p) => p.paymentId),
      totalFen: total,
      periodFrom: today(),
      periodTo: today(),
    });
    expect(remittance.status).toBe(201);
    await custodian.post(`/api/remittances/${remittance.body.id}/confirm`, { receivedFen: total });

    // the used-up book comes back and is settled: 2 issued + 1 void = 3
    expect((await custodian.post(`/api/receipt-books/${book.id}/settle`)).body.state).toBe('settled');

    const report = (await head.get(`/api/reconciliation?officeId=${officeB}&from=${today()}&to=${today()}`)).body;
    expect(report.differences).toEqual([]);
    expect(report.totals.paidFen - before.totals.paidFen).toBe(total);
    expect(report.totals.confirmedFen - before.totals.confirmedFen).toBe(total);

    // a deliberate mismatch: a receipt amount altered behind the system's back is listed
    receipts = (await cashier.get('/api/receipts?pageSize=100')).body.items;
    const victim = receipts.find((r) => r.number === 'W-0000001')!;
    await t.runtime.deps.db.updateTable('receipts').set({ amount_fen: 1 }).where('id', '=', victim.id).execute();
    const broken = (await head.get(`/api/reconciliation?officeId=${officeB}&from=${today()}&to=${today()}`)).body;
    expect(broken.differences).toHaveLength(1);
    expect(broken.differences[0]).toMatchObject({ kind: 'receipt_amount_differs', ref: 'W-0000001', amountFen: 1 });
    expect(broken.differences[0].expectedFen).toBeGreaterThan(1);

    // the report exports to Excel with the difference in it
    const xlsx = await head.request('GET', `/api/reconciliation/export.xlsx?officeId=${officeB}&from=${today()}&to=${today()}`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/reconciliation/export.xlsx?officeId=${officeB}&from=${today()}&to=${today()}`,
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('对账');
    // the unit, the period and the stages' totals come first; the differences follow their heading row
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const heading = rows.findIndex((r) => r[0] === '差异类型');
    expect(heading).toBeGreaterThan(0);
    expect(rows[heading + 1]!.slice(0, 3)).toEqual(['收据金额与收款不符', 'W-0000001', 0.01]);
    expect(rows[heading + 1]![3]).toMatch(/^收据 ¥0\.01，收款 ¥/);
  });

  it('lists invoices not delivered within invoiceDeliveryHours of acceptance', async () => {
    const o = await driveTo(t, 'accepted');
    const late = async () => {
      // a fresh sign-in: moving the clock a day on also ends idle sessions
      const cashier = t.anonymous();
      await cashier.post('/api/auth/login', { username: 'chenjing', password: 'guanjia2026' });
      return ((await cashier.get('/api/money/checks')).body.lateInvoices as { orderId: string }[]).map((x) => x.orderId);
    };
    expect(await late()).not.toContain(o.id);
    t.clock.advance(25 * 3600_000);
    try {
      expect(await late()).toContain(o.id);
    } finally {
      t.clock.set(new Date());
    }
  });
});
