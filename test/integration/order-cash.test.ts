import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
let supervisor: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  supervisor = await t.login('liuyang');
}, 120_000);
afterAll(() => t.close());

type Trail = {
  holderName: string;
  settledAt: string | null;
  handovers: { fromName: string; toName: string; state: string; withForm: boolean; note: string | null }[];
  remittances: { state: string; cashierName: string; confirmedBy: string | null; returnReason: string | null }[];
};
const trailOf = async (as: Agent, orderId: string): Promise<Trail> => {
  const res = await as.get(`/api/orders/${orderId}/cash`);
  expect(res.status).toBe(200);
  return res.body.trail;
};

describe('an order’s page says where its cash went after payment (A7.4.7)', () => {
  it('follows a cleaner’s cash on the spot → supervisor (with the form) → cashier → finance, a refusal and a return included', async () => {
    const o = await driveTo(t, 'paid');
    const cleaner = await t.login('sunxy');
    const cashier = await t.login('chenjing');
    const finance = await t.login('zhengkj');
    const paymentIds = [o.payment.id as string];

    // paid on the spot: the cleaner holds it, nobody handed it on yet
    expect(await trailOf(supervisor, o.id)).toMatchObject({ holderName: '孙秀英', settledAt: null, handovers: [], remittances: [] });

    // offered to the supervisor: still hers until he confirms; he refuses once, then takes it with its form
    const first = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds, withForm: true });
    expect(first.status).toBe(201);
    expect(await trailOf(cleaner, o.id)).toMatchObject({
      holderName: '孙秀英',
      handovers: [{ fromName: '孙秀英', toName: '刘洋', state: 'offered', withForm: true }],
    });
    expect((await supervisor.post(`/api/handovers/${first.body.id}/refuse`, { reason: '少了十元' })).status).toBe(200);
    const second = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds, withForm: true });
    expect((await supervisor.post(`/api/handovers/${second.body.id}/confirm`)).status).toBe(200);
    const onward = await supervisor.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds });
    expect((await cashier.post(`/api/handovers/${onward.body.id}/confirm`)).status).toBe(200);
    expect(await trailOf(supervisor, o.id)).toMatchObject({
      holderName: '陈静',
      handovers: [
        { toName: '刘洋', state: 'refused', note: '少了十元' },
        { toName: '刘洋', state: 'confirmed', withForm: true },
        { fromName: '刘洋', toName: '陈静', state: 'confirmed' },
      ],
    });

    // remitted, returned by finance, remitted again and confirmed: the money is with finance
    const remit = () =>
      cashier.post('/api/remittances', {
        officeId: o.officeId,
        paymentIds,
        totalFen: o.totalFen,
        periodFrom: '2026-12-01',
        periodTo: '2026-12-31',
      });
    const back = await remit();
    expect((await finance.post(`/api/remittances/${back.body.id}/return`, { reason: '点数不符' })).status).toBe(200);
    const again = await remit();
    expect(again.status).toBe(201);
    expect((await trailOf(cashier, o.id)).remittances.map((r) => r.state)).toEqual(['returned', 'submitted']);
    expect((await finance.post(`/api/remittances/${again.body.id}/confirm`, { receivedFen: o.totalFen })).status).toBe(200);
    const settled = await trailOf(supervisor, o.id);
    expect(settled).toMatchObject({
      holderName: '郑会计',
      settledAt: expect.any(String),
      remittances: [
        { state: 'returned', cashierName: '陈静', returnReason: '点数不符' },
        { state: 'confirmed', cashierName: '陈静', confirmedBy: '郑会计' },
      ],
    });
  });

  it('answers null before payment, and only to who may read the order: 404 at another office, 403 without the orders', async () => {
    const unpaid = await driveTo(t, 'accepted');
    expect((await supervisor.get(`/api/orders/${unpaid.id}/cash`)).body).toEqual({ trail: null, receipt: null });
    const paid = await driveTo(t, 'paid');
    expect((await (await t.login('zhaolei')).get(`/api/orders/${paid.id}/cash`)).status).toBe(404);
    expect((await (await t.login('husg')).get(`/api/orders/${paid.id}/cash`)).status).toBe(403);
  });
});
