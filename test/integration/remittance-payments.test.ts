import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Held = {
  holderName: string;
  payments: { paymentId: string; payer: string; amountFen: number; officeId: string; receiptId: string | null; collectedAt: string }[];
};

describe('what a remittance is made of (A2.4.2.4)', () => {
  it('is shown to finance payment by payment — payer, receipt, amount, when taken — and its history names them', async () => {
    const cashier = await t.login('chenjing');
    // two orders paid in cash at the cashier's desk, each with its receipt
    const paid: string[] = [];
    for (const o of [await driveTo(t, 'accepted'), await driveTo(t, 'accepted')]) {
      const res = await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
      expect(res.status).toBe(200);
      paid.push(res.body.payment.id);
    }
    const mine = ((await cashier.get('/api/cash-in-hand')).body as Held[]).find((h) => h.holderName === '陈静')!;
    const two = mine.payments.filter((p) => paid.includes(p.paymentId));
    expect(two).toHaveLength(2);
    const made = await cashier.post('/api/remittances', {
      officeId: two[0]!.officeId,
      paymentIds: two.map((p) => p.paymentId),
      totalFen: two.reduce((s, p) => s + p.amountFen, 0),
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    expect(made.status).toBe(201);
    const numbers = await Promise.all(two.map(async (p) => (await cashier.get(`/api/receipts/${p.receiptId}`)).body.number as string));

    const finance = await t.login('zhengkj');
    const listed = ((await finance.get('/api/remittances')).body as { id: string; payments: unknown[] }[]).find(
      (r) => r.id === made.body.id,
    )!;
    const expected = two
      .map((p, i) => ({
        paymentId: p.paymentId,
        payer: p.payer,
        receiptNumber: numbers[i],
        amountFen: p.amountFen,
        collectedAt: p.collectedAt,
      }))
      .sort((a, b) => a.collectedAt.localeCompare(b.collectedAt) || a.paymentId.localeCompare(b.paymentId));
    expect(listed.payments).toEqual(expected);

    const history = (await finance.get(`/api/history/remittance/${made.body.id}`)).body as {
      action: string;
      after: Record<string, unknown>;
    }[];
    const created = history.find((e) => e.action === 'remittance.create')!;
    expect(created.after).not.toHaveProperty('paymentIds');
    expect(created.after).not.toHaveProperty('cashierId');
    expect(created.after.payments).toEqual(expected.map(({ paymentId: _, ...p }) => p));
  });
});
