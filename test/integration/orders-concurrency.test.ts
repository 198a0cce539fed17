import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, itemId } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

describe('orders under concurrency', () => {
  it('lets exactly one of 20 simultaneous actions change an order’s state', async () => {
    const o = await driveTo(t, 'assigned');
    const cleaner = await t.login('sunxy');
    const starts = await Promise.all(Array.from({ length: 20 }, () => cleaner.post(`/api/orders/${o.id}/start`, { version: o.version })));
    expect(starts.filter((r) => r.status === 200)).toHaveLength(1);
    expect(starts.filter((r) => r.status === 409)).toHaveLength(19);
    const started = starts.find((r) => r.status === 200)!.body;
    const finishes = await Promise.all(
      Array.from({ length: 20 }, () => cleaner.post(`/api/orders/${o.id}/finish`, { version: started.version })),
    );
    expect(finishes.filter((r) => r.status === 200)).toHaveLength(1);
    const history = (await cleaner.get(`/api/history/order/${o.id}`)).body.map((e: { action: string }) => e.action);
    expect(history.filter((a: string) => a === 'order.start')).toHaveLength(1);
    expect(history.filter((a: string) => a === 'order.finish')).toHaveLength(1);
  });

  it('numbers 200 orders taken at once uniquely and without gaps', async () => {
    const clerk = await t.login('liuyang');
    const officeId = await t.org('office-a');
    const item = await itemId(clerk, 'water-delivery');
    // numbers run per business day: count today's (the demo also holds orders of past months)
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const before = (await clerk.get(`/api/orders?type=housekeeping&from=${today}&to=${today}&pageSize=1`)).body.total as number;
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        clerk.post('/api/orders', {
          type: 'housekeeping',
          officeId,
          channel: 'hotline',
          customerName: `住户${i}`,
          lines: [{ itemId: item, quantity: 2 }],
        }),
      ),
    );
    expect(created.every((r) => r.status === 201)).toBe(true);
    const numbers = created.map((r) => r.body.number as string);
    expect(new Set(numbers).size).toBe(200);
    const sequence = numbers.map((n) => Number(n.split('-')[2])).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 200 }, (_, i) => before + i + 1));
  });
});
