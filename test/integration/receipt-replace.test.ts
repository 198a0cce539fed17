import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/** Every cell of the first sheet of an Excel answer, as text. */
async function sheetText(agent: Agent, url: string): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `gj_session=${agent.cookie}` } });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  return cells.join('\n');
}

type Payment = { id: string; receiptId: string; receiptNumber: string; voidedReceiptNumbers: string[]; cashierName: string };

describe('a fee payment whose receipt is voided and replaced (补开, A2.4.3)', () => {
  it('names the replacement, and the voided one as void, in the list, the record and the Excel file', async () => {
    const cashier = await t.login('chenjing');
    const list = (await cashier.get('/api/fee-payments?pageSize=100&method=cash')).body.items as Payment[];
    const p = list.find((x) => x.cashierName === '陈静' && x.receiptId)!;
    const voided = p.receiptNumber;
    expect((await cashier.post(`/api/receipts/${p.receiptId}/void`, { reason: '金额写错' })).status).toBe(200);
    const made = await cashier.post(`/api/receipts/${p.receiptId}/replace`);
    expect(made.status).toBe(201);

    const one = (await cashier.get(`/api/fee-payments/${p.id}`)).body as Payment;
    expect(one).toMatchObject({ receiptId: made.body.id, receiptNumber: made.body.number, voidedReceiptNumbers: [voided] });
    const again = ((await cashier.get('/api/fee-payments?pageSize=100&method=cash')).body.items as Payment[]).find((x) => x.id === p.id);
    expect(again).toMatchObject({ receiptNumber: made.body.number, voidedReceiptNumbers: [voided] });
    const file = await sheetText(cashier, '/api/fee-payments/export.xlsx?method=cash');
    expect(file).toContain(`${voided}（已作废）、${made.body.number}`);
    // the printed receipt of the payment is the replacement
    const printed = (await cashier.get(`/api/receipts/${one.receiptId}/print`)).body as string;
    expect(printed).toContain(made.body.number);
    expect(printed).not.toContain('作废');
  });
});
