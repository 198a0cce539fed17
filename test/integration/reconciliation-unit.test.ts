import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());

describe('the reconciliation of one unit (X4, A7.4.8, A2.4.3)', () => {
  it('checks the unit chosen: an office’s late invoice is not GPS事业部’s', async () => {
    const o = await driveTo(t, 'accepted');
    t.clock.advance(30 * 3_600_000);
    const finance = await t.login('zhengkj');
    const late = async (unit?: string) =>
      (
        (await finance.get(`/api/money/checks${unit ? `?officeId=${await t.org(unit)}` : ''}`)).body.lateInvoices as {
          orderNumber: string;
          officeName: string;
        }[]
      ).map((i) => i.orderNumber);
    expect(await late('office-a')).toContain(o.number);
    expect(await late()).toContain(o.number);
    const gps = await finance.get(`/api/money/checks?officeId=${await t.org('gps')}`);
    expect(gps.status).toBe(200);
    expect(gps.body.lateInvoices.map((i: { officeName: string }) => i.officeName)).not.toContain('翠竹园管理处');
    expect(gps.body.gaps.map((g: { holderName: string }) => g.holderName)).not.toContain('翠竹园管理处');
    // a unit the caller cannot see is not found
    expect((await (await t.login('wusf')).get(`/api/money/checks?officeId=${await t.org('office-a')}`)).status).toBe(404);
  });

  it('exports the unit, the period and each stage’s total above the differences, to reconcile on paper', async () => {
    const head = await t.login('wangfang');
    const day = today();
    const q = `officeId=${await t.org('office-a')}&from=${day}&to=${day}`;
    const report = (await head.get(`/api/reconciliation?${q}`)).body;
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/reconciliation/export.xlsx?${q}`,
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const byLabel = new Map(rows.map((r) => [String(r[0]), r]));
    expect(byLabel.get('单位')?.[1]).toBe('翠竹园管理处');
    expect(byLabel.get('期间')?.[1]).toBe(`${day} ～ ${day}`);
    expect(byLabel.get('已验收')?.[2]).toBe(report.totals.acceptedFen / 100);
    expect(byLabel.get('已收款')?.[2]).toBe(report.totals.paidFen / 100);
    expect(byLabel.get('已开收据')?.[2]).toBe(report.totals.receiptedFen / 100);
    expect(byLabel.get('已上缴')?.[2]).toBe(report.totals.remittedFen / 100);
    expect(byLabel.get('财务已确认')?.[2]).toBe(report.totals.confirmedFen / 100);
    // and every difference after them
    expect(rows.filter((r) => report.differences.some((d: { ref: string }) => d.ref === r[1])).length).toBe(report.differences.length);
  });
});
