import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

interface Order {
  id: string;
  version: number;
  totalFen: number;
  serviceFeeFen: number;
  materialFeeFen: number;
  lines: { itemName: string; amountFen: number }[];
  payment: { id: string } | null;
}

/** A cleaning with ¥4.33 of cleaning agent, paid in cash on the spot by the cleaner. */
async function paidWithMaterials(): Promise<Order> {
  let o: Order = await driveTo(t, 'in_progress');
  const cleaner = await t.login('sunxy');
  const step = async (path: string, body: object = {}) => {
    const res = await cleaner.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    o = res.body;
  };
  await step('materials', { materials: [{ name: '清洁剂', unitLabel: '瓶', unitPriceFen: 433, quantity: 1 }] });
  await step('finish');
  await step('accept', { signerName: '李先生', signature: SIGNATURE_PNG });
  await step('pay', { amountFen: o.totalFen, method: 'cash' });
  return o;
}

async function hand(from: Agent, to: string, paymentId: string, withForm = false) {
  const offer = await from.post('/api/handovers', { toUserId: await t.userId(to), paymentIds: [paymentId], withForm });
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  const receiver = await t.login(to);
  expect((await receiver.post(`/api/handovers/${offer.body.id}/confirm`)).status).toBe(200);
}

describe('the receipt of cash taken in the field (A2.4.2.2, A2.4.2.5)', () => {
  it('carries the order’s own lines and its material fee, as the cashier’s own receipt does, in the print’s language', async () => {
    const o = await paidWithMaterials();
    expect(o.materialFeeFen).toBe(433);
    await hand(await t.login('sunxy'), 'liuyang', o.payment!.id, true);
    await hand(await t.login('liuyang'), 'chenjing', o.payment!.id);

    const cashier = await t.login('chenjing');
    const [receipt] = (await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items;
    expect(receipt.amountFen).toBe(o.totalFen);
    expect(receipt.items).toEqual([
      ...o.lines.map((l) => ({ name: l.itemName, amountFen: l.amountFen })),
      { name: '材料费', amountFen: 433, key: 'materials' },
    ]);
    const zh = (await cashier.get(`/api/receipts/${receipt.id}/print?lang=zh-CN`)).body as string;
    expect(zh).toContain('材料费');
    expect(zh).not.toContain('服务费');
    const en = (await cashier.get(`/api/receipts/${receipt.id}/print?lang=en`)).body as string;
    expect(en).toContain('Materials');
    expect(en).not.toContain('材料费');
    expect(en).not.toContain('服务费');

    // a replacement (补开) says the same
    await cashier.post(`/api/receipts/${receipt.id}/void`, { reason: '打印错位' });
    const again = await cashier.post(`/api/receipts/${receipt.id}/replace`);
    expect(again.status).toBe(201);
    expect(again.body.items).toEqual(receipt.items);
  });
});

describe('a receipt written before its fixed lines carried a key', () => {
  it('prints its 材料费 and 服务费 lines in the print’s language, recognised by their names', async () => {
    const cashier = await t.login('chenjing');
    const o = await paidWithMaterials();
    await hand(await t.login('sunxy'), 'liuyang', o.payment!.id, true);
    await hand(await t.login('liuyang'), 'chenjing', o.payment!.id);
    const [receipt] = (await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items;
    // as the desk and the field wrote them then: the material fee, or one 服务费 line for field cash, with no key
    const lines = [
      { name: '材料费', amountFen: 433 },
      { name: '服务费', amountFen: o.totalFen - 433 },
    ];
    await t.runtime.deps.db
      .updateTable('receipts')
      .set({ items_json: JSON.stringify(lines) })
      .where('id', '=', receipt.id)
      .execute();
    // the API names them as fixed lines too, so a list in English can say Materials
    expect((await cashier.get(`/api/receipts/${receipt.id}`)).body.items).toEqual([
      { ...lines[0], key: 'materials' },
      { ...lines[1], key: 'service' },
    ]);
    for (const size of ['a4', 'receipt']) {
      const en = (await cashier.get(`/api/receipts/${receipt.id}/print?lang=en&size=${size}`)).body as string;
      expect(en).toContain('Materials');
      expect(en).toContain('Service fee');
      expect(en).not.toContain('材料费');
      expect(en).not.toContain('服务费');
      const zh = (await cashier.get(`/api/receipts/${receipt.id}/print?lang=zh-CN&size=${size}`)).body as string;
      expect(zh).toContain('材料费');
      expect(zh).toContain('服务费');
    }
  });
});
