import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Holder = { holderName: string; amountFen: number; payments: { paymentId: string; amountFen: number; receiptId: string | null }[] };
const holderOf = (list: Holder[], name: string) => list.find((h) => h.holderName === name);
/** What `name` holds of these payments (the demo's earlier collections are left out). */
const heldOf = (list: Holder[], name: string, ids: string[]) =>
  (holderOf(list, name)?.payments ?? []).filter((p) => ids.includes(p.paymentId)).reduce((sum, p) => sum + p.amountFen, 0);

describe('cash from the field to finance (A7.4.7, A2.4.2.4)', () => {
  it('moves hand to hand with both parties confirming, gets receipts at the cashier, and is remitted once', async () => {
    const cleaner = await t.login('sunxy');
    const supervisor = await t.login('liuyang');
    const cashier = await t.login('chenjing');
    const custodian = await t.login('zhengkj');

    // 孙秀英 collects two orders on the spot
    const paid = [];
    for (let i = 0; i < 2; i++) {
      const o = await driveTo(t, 'accepted');
      paid.push((await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })).body);
    }
    const paymentIds = paid.map((o) => o.payment.id as string);
    let inHand = (await supervisor.get('/api/cash-in-hand')).body as Holder[];
    expect(heldOf(inHand, '孙秀英', paymentIds)).toBe(24000);
    expect(holderOf(inHand, '孙秀英')!.payments.every((p) => p.receiptId === null)).toBe(true);

    // she hands money and forms to the supervisor, who confirms
    const toSupervisor = await cleaner.post('/api/handovers', {
      toUserId: await t.userId('liuyang'),
      paymentIds,
      note: '两单现金',
      withForm: true,
    });
    expect(toSupervisor.body).toMatchObject({ state: 'offered', amountFen: 24000, withForm: true });
    // only the receiver is offered the buttons, and only while the offer is open
    const offer = async (as: typeof cleaner) =>
      (await as.get('/api/handovers')).body.find((h: { id: string }) => h.id === toSupervisor.body.id);
    expect(toSupervisor.body.abilities).toEqual({ confirm: false, refuse: false });
    expect((await offer(supervisor)).abilities).toEqual({ confirm: true, refuse: true });
    expect((await cleaner.post(`/api/handovers/${toSupervisor.body.id}/confirm`)).status).toBe(403);
    expect((await supervisor.post(`/api/handovers/${toSupervisor.body.id}/confirm`)).body).toMatchObject({
      state: 'confirmed',
      abilities: { confirm: false, refuse: false },
    });
    const twice = await supervisor.post(`/api/handovers/${toSupervisor.body.id}/refuse`, { reason: '点错了' });
    expect([twice.status, twice.body.code]).toEqual([409, 'handover.invalid_transition']);
    inHand = (await supervisor.get('/api/cash-in-hand')).body;
    expect(heldOf(inHand, '孙秀英', paymentIds)).toBe(0);
    expect(heldOf(inHand, '刘洋', paymentIds)).toBe(24000);

    // the supervisor hands it to the office cashier, who writes the receipts as she confirms
    const toCashier = await supervisor.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds });
    await cashier.post(`/api/handovers/${toCashier.body.id}/confirm`);
    inHand = (await cashier.get('/api/cash-in-hand')).body;
    const atCashier = holderOf(inHand, '陈静')!;
    expect(atCashier.payments.filter((p) => paymentIds.includes(p.paymentId)).every((p) => p.receiptId !== null)).toBe(true);

    // remittance: a wrong total is refused, not rounded; the right one goes through once per key
    const body = { officeId: await t.org('office-a'), paymentIds, periodFrom: '2026-11-01', periodTo: '2026-11-30' };
    const wrong = await cashier.post('/api/remittances', { ...body, totalFen: 23999 });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'totalFen', code: 'remittance.total_mismatch' });
    const send = () => cashier.request('POST', '/api/remittances', { ...body, totalFen: 24000 }, { 'idempotency-key': 'remit-2026-11-a' });
    const [first, retry] = await Promise.all([send(), send()]);
    expect(first.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const again = await cashier.request('POST', '/api/remittances', { ...body, totalFen: 24000 }, { 'idempotency-key': 'remit-2026-11-b' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('remittance.payment_already_remitted');

    // finance counts the money and confirms; nobody holds it any more
    const short = await custodian.post(`/api/remittances/${first.body.id}/confirm`, { receivedFen: 20000 });
    expect(short.status).toBe(422);
    expect(short.body.errors[0]).toMatchObject({ field: 'receivedFen', code: 'remittance.received_mismatch' });
    const listed = async () => (await custodian.get('/api/remittances')).body.find((r: { id: string }) => r.id === first.body.id);
    expect(first.body.abilities).toEqual({ confirm: false, return: false });
    expect((await listed()).abilities).toEqual({ confirm: true, return: true });
    const confirmed = await custodian.post(`/api/remittances/${first.body.id}/confirm`, { receivedFen: 24000 });
    expect(confirmed.body).toMatchObject({ state: 'confirmed', confirmedBy: '郑会计', abilities: { confirm: false, return: false } });
    const confirmedTwice = await custodian.post(`/api/remittances/${first.body.id}/confirm`, { receivedFen: 24000 });
    expect([confirmedTwice.status, confirmedTwice.body.code]).toEqual([409, 'remittance.invalid_transition']);
    expect((await listed()).abilities).toEqual({ confirm: false, return: false });
    inHand = (await cashier.get('/api/cash-in-hand')).body;
    expect(inHand.flatMap((h) => h.payments).some((p) => paymentIds.includes(p.paymentId))).toBe(false);
  });

  it('refuses handing over cash one does not hold', async () => {
    const o = await driveTo(t, 'accepted');
    const cleaner = await t.login('sunxy');
    const paid = (await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })).body;
    const supervisor = await t.login('liuyang');
    const res = await supervisor.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds: [paid.payment.id] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('handover.not_held');
    const outside = await cleaner.post('/api/handovers', { toUserId: await t.userId('huangli'), paymentIds: [paid.payment.id] });
    expect(outside.body.code).toBe('handover.receiver_invalid');
  });
});
