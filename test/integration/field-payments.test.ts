import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '../../src/platform/time.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/** A cleaner's order accepted and paid on the spot by `method`. */
async function paidInTheField(method: 'cash' | 'wechat' | 'transfer') {
  const o = await driveTo(t, 'accepted');
  const cleaner = await t.login('sunxy');
  const paid = await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method });
  expect(paid.status).toBe(200);
  return paid.body as {
    id: string;
    number: string;
    totalFen: number;
    lines: { itemName: string; amountFen: number }[];
    payment: { id: string };
  };
}

// the organisation's day, as the reconciliation reads its dates (from 16:00 UTC it is already tomorrow in Beijing)
const today = () => businessDate(new Date(), 'Asia/Shanghai');

describe('a payment taken in the field by WeChat or transfer (A7.4.7, A2.4.2.5)', () => {
  it('is in nobody’s hands: the cleaner holds only her cash and cannot hand the WeChat money over', async () => {
    const cash = await paidInTheField('cash');
    const wechat = await paidInTheField('wechat');
    const cleaner = await t.login('sunxy');
    const held = (await cleaner.get('/api/cash-in-hand')).body as { holderName: string; payments: { paymentId: string }[] }[];
    const mine = held.find((h) => h.holderName === '孙秀英')!.payments.map((p) => p.paymentId);
    expect(mine).toContain(cash.payment.id);
    expect(mine).not.toContain(wechat.payment.id);
    const offer = await cleaner.post('/api/handovers', {
      toUserId: await t.userId('liuyang'),
      paymentIds: [wechat.payment.id],
      withForm: true,
    });
    expect(offer.status).toBe(422);
    expect(offer.body.errors[0]).toMatchObject({ field: 'paymentIds', code: 'handover.not_held' });
  });

  it('waits for the office’s cashier, who writes its receipt with the order’s lines and the method it was paid by', async () => {
    const o = await paidInTheField('transfer');
    const cashier = await t.login('chenjing');
    const due = (await cashier.get('/api/receipts/due')).body as { paymentId: string; ref: string; method: string; items: unknown[] }[];
    const mine = due.find((d) => d.paymentId === o.payment.id);
    expect(mine).toMatchObject({
      ref: o.number,
      method: 'transfer',
      items: o.lines.map((l) => ({ name: l.itemName, amountFen: l.amountFen })),
    });
    // cash is not on this list: it gets its receipt from the cashier it reaches
    const cashPaid = await paidInTheField('cash');
    expect(((await cashier.get('/api/receipts/due')).body as { paymentId: string }[]).map((d) => d.paymentId)).not.toContain(
      cashPaid.payment.id,
    );
    // another office's cashier does not see it or write it
    const other = await t.login('huangli');
    expect((await other.post(`/api/receipts/due/${o.payment.id}`)).status).toBe(404);

    const written = await cashier.post(`/api/receipts/due/${o.payment.id}`);
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ paymentId: o.payment.id, amountFen: o.totalFen });
    const receipt = (await cashier.get(`/api/receipts/${written.body.id}`)).body;
    expect(receipt).toMatchObject({ method: 'transfer', orderId: o.id, payer: expect.any(String) });
    expect(receipt.items.map((i: { name: string }) => i.name)).toEqual(o.lines.map((l) => l.itemName));
    expect((await cashier.post(`/api/receipts/due/${o.payment.id}`)).body.code).toBe('receipt.already_written');
    expect(((await cashier.get('/api/receipts/due')).body as { paymentId: string }[]).map((d) => d.paymentId)).not.toContain(o.payment.id);
    // the cashier's to-do counted it until then
    const todos = (await cashier.get('/api/workbench')).body;
    expect(JSON.stringify(todos)).toContain('money.receiptsDue');
  });

  it('tells its order’s page that the receipt awaits the cashier, and then its number, as a cash payment’s', async () => {
    const o = await paidInTheField('wechat');
    const head = await t.login('wangfang');
    const cleaner = await t.login('sunxy');
    for (const reader of [head, cleaner]) {
      const cash = await reader.get(`/api/orders/${o.id}/cash`);
      expect(cash.status).toBe(200);
      // in nobody's hands, so no trail: the page said nothing of a receipt at all
      expect(cash.body).toEqual({ trail: null, receipt: { state: 'awaiting', number: null, issuedAt: null } });
    }
    const written = await (await t.login('chenjing')).post(`/api/receipts/due/${o.payment.id}`);
    expect(written.status).toBe(201);
    expect((await head.get(`/api/orders/${o.id}/cash`)).body.receipt).toEqual({
      state: 'written',
      number: written.body.number,
      issuedAt: expect.any(String),
    });
    // field cash awaits its receipt too, until the cash reaches a cashier; a cashier's own payment has it at once
    const cash = await paidInTheField('cash');
    expect((await head.get(`/api/orders/${cash.id}/cash`)).body.receipt).toMatchObject({ state: 'awaiting' });
    const desk = await driveTo(t, 'accepted');
    const cashier = await t.login('chenjing');
    const paid = await cashier.post(`/api/orders/${desk.id}/pay`, { version: desk.version, amountFen: desk.totalFen, method: 'wechat' });
    expect(paid.status).toBe(200);
    expect((await head.get(`/api/orders/${desk.id}/cash`)).body.receipt).toMatchObject({ state: 'written', number: expect.any(String) });
  });

  it('is never reported as cash not remitted, while a field cash payment is', async () => {
    const wechat = await paidInTheField('wechat');
    const cash = await paidInTheField('cash');
    const head = await t.login('wangfang');
    const r = await head.get(`/api/reconciliation?officeId=${await t.org('office-a')}&from=${today()}&to=${today()}`);
    expect(r.status).toBe(200);
    const notRemitted = (r.body.differences as { kind: string; ref: string }[])
      .filter((d) => d.kind === 'payment_not_remitted')
      .map((d) => d.ref);
    expect(notRemitted).toContain(cash.number);
    expect(notRemitted).not.toContain(wechat.number);
  });
});
