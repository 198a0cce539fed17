import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('invoices (A7.4.8)', () => {
  it('says which rule a refused invoice broke, on its field', async () => {
    const cashier = await t.login('chenjing');
    const [first, second] = [await driveTo(t, 'accepted'), await driveTo(t, 'accepted')];
    const body = (o: { totalFen: number }, number: string) => ({ number, date: today(), kind: 'vat_general', amountFen: o.totalFen });

    const wrong = await cashier.post(`/api/orders/${first.id}/invoice`, { ...body(first, 'FP20261127A'), amountFen: first.totalFen + 1 });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'amountFen', code: 'invoice.amount_mismatch' });

    const tomorrow = new Date(Date.parse(`${today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await cashier.post(`/api/orders/${first.id}/invoice`, { ...body(first, 'FP20261127A'), date: tomorrow });
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ field: 'date', code: 'invoice.date_future' });

    expect((await cashier.post(`/api/orders/${first.id}/invoice`, body(first, 'FP20261127A'))).status).toBe(201);
    const again = await cashier.post(`/api/orders/${first.id}/invoice`, body(first, 'FP20261127B'));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invoice.exists');

    const taken = await cashier.post(`/api/orders/${second.id}/invoice`, body(second, 'FP20261127A'));
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0]).toMatchObject({ field: 'number', code: 'invoice.number_taken' });
    expect((await cashier.get(`/api/orders/${second.id}/invoice`)).body).toMatchObject({
      invoice: null,
      delivery: { hours: 24, overdue: false, deadlineMissed: false },
    });
  });

  it('keeps its own history: recorded, then delivered with the note, for those who may read the order', async () => {
    const cashier = await t.login('chenjing');
    const o = await driveTo(t, 'accepted');
    const inv = await cashier.post(`/api/orders/${o.id}/invoice`, {
      number: 'FP20261127H',
      date: today(),
      kind: 'other',
      amountFen: o.totalFen,
    });
    await cashier.post(`/api/invoices/${inv.body.id}/deliver`, { note: '交业主本人' });

    const history = (await cashier.get(`/api/history/invoice/${inv.body.id}`)).body as { action: string; after: Record<string, unknown> }[];
    expect(history.map((e) => e.action)).toEqual(['invoice.record', 'invoice.deliver']);
    expect(history[0]!.after).toMatchObject({ orderNumber: o.number, number: 'FP20261127H', amountFen: o.totalFen });
    expect(history[0]!.after).not.toHaveProperty('orderId');
    expect(history[1]!.after).toMatchObject({ deliveredBy: '陈静', deliveryNote: '交业主本人' });

    expect((await (await t.login('wangfang')).get(`/api/history/invoice/${inv.body.id}`)).status).toBe(200);
    expect((await (await t.login('zhaolei')).get(`/api/history/invoice/${inv.body.id}`)).status).toBe(404);
  });
});
