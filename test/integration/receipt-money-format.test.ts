import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { requestCleaning, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

describe('a printed receipt’s amounts (X3, X4)', () => {
  it('reads as every page does: ¥1,200.00 for the total, 1,200.00 in the yuan column', async () => {
    const clerk = await t.login('liuyang');
    let o = await requestCleaning(t, clerk, 30);
    const step = async (agent: typeof clerk, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      o = res.body;
    };
    await step(clerk, 'quote');
    expect(o.totalFen).toBeGreaterThanOrEqual(100_000);
    await step(clerk, 'confirm', { priceAccepted: true, staffCount: 1, appointmentStart: '2026-11-28T01:00:00.000Z' });
    await step(clerk, 'assign', { staff: [await t.userId('sunxy')] });
    const cleaner = await t.login('sunxy');
    await step(cleaner, 'start');
    await step(cleaner, 'finish');
    await step(cleaner, 'accept', { signerName: '李先生', signature: SIGNATURE_PNG });
    const cashier = await t.login('chenjing');
    await step(cashier, 'pay', { amountFen: o.totalFen, method: 'cash' });
    const [receipt] = (await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items;
    const grouped = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(o.totalFen / 100);
    for (const size of ['receipt', 'a4']) {
      const printed = (await cashier.get(`/api/receipts/${receipt.id}/print?size=${size}`)).body as string;
      expect(printed).toContain(`<strong>¥${grouped}</strong>`);
      expect(printed).toContain(`<td class="num">${grouped}</td>`);
      expect(printed).not.toContain(`¥${(o.totalFen / 100).toFixed(2)}<`);
    }
  });
});
