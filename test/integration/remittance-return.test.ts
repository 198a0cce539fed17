import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

type Holder = { holderName: string; payments: { paymentId: string; remittanceId: string | null }[] };
type Remittance = { id: string; state: string; returnReason: string | null; countedFen: number | null; abilities: Record<string, boolean> };

/** 陈静 takes the cash of a freshly accepted order of office A at the desk, with its receipt. */
async function deskPayment(cashier: Agent) {
  const o = await driveTo(t, 'accepted');
  const paid = (await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })).body;
  return { id: paid.payment.id as string, number: o.number as string, amountFen: o.totalFen as number };
}

describe('finance returns a remittance whose count comes up short (A2.4.2.4)', () => {
  it('sends the cash back to the cashier with the reason and the amount counted; she remits it again', async () => {
    const cashier = await t.login('chenjing');
    const custodian = await t.login('zhengkj');
    const head = await t.login('wangfang');
    const officeA = await t.org('office-a');
    const payments = [await deskPayment(cashier), await deskPayment(cashier)];
    const paymentIds = payments.map((p) => p.id);
    const totalFen = payments.reduce((sum, p) => sum + p.amountFen, 0);
    const batch = { officeId: officeA, paymentIds, totalFen, periodFrom: '2026-12-01', periodTo: '2026-12-07' };
    const report = async () => (await head.get(`/api/reconciliation?officeId=${officeA}&from=${today()}&to=${today()}`)).body;
    const before = await report();

    const first = await cashier.post('/api/remittances', batch);
    expect(first.status).toBe(201);
    expect(first.body.abilities).toEqual({ confirm: false, return: false });
    const listed = async (as: Agent, id: string) => ((await as.get('/api/remittances')).body as Remittance[]).find((r) => r.id === id)!;
    expect((await listed(custodian, first.body.id)).abilities).toEqual({ confirm: true, return: true });
    expect((await report()).totals.remittedFen - before.totals.remittedFen).toBe(totalFen);

    // only finance at the office returns it: the cashier and the office head are refused as confirming refuses them
    for (const who of [cashier, head]) {
      const refused = await who.post(`/api/remittances/${first.body.id}/return`, { reason: '短款' });
      const confirmRefused = await who.post(`/api/remittances/${first.body.id}/confirm`, { receivedFen: totalFen });
      expect(refused.status).toBe(403);
      expect(refused.status).toBe(confirmRefused.status);
    }
    // a reason is required: a blank one is refused on its field
    const blank = await custodian.post(`/api/remittances/${first.body.id}/return`, { reason: '   ', countedFen: totalFen - 8 });
    expect(blank.status).toBe(422);
    expect(blank.body.code).toBe('remittance.reason_required');
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'remittance.reason_required' })]);
    expect((await listed(custodian, first.body.id)).state).toBe('submitted');

    const returned = await custodian.post(`/api/remittances/${first.body.id}/return`, {
      reason: '清点短款 ¥0.08，请核对后重新上缴',
      countedFen: totalFen - 8,
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      id: first.body.id,
      state: 'returned',
      totalFen,
      returnReason: '清点短款 ¥0.08，请核对后重新上缴',
      countedFen: totalFen - 8,
      returnedBy: '郑会计',
      confirmedAt: null,
      abilities: { confirm: false, return: false },
    });
    // it still lists the payments it held
    expect([...returned.body.paymentIds].sort()).toEqual([...paymentIds].sort());
    for (const as of [custodian, cashier])
      expect(await listed(as, first.body.id)).toMatchObject({
        state: 'returned',
        returnReason: '清点短款 ¥0.08，请核对后重新上缴',
        countedFen: totalFen - 8,
        abilities: { confirm: false, return: false },
      });

    // the cash is the cashier's again, in no remittance; the reconciliation no longer counts it remitted
    const inHand = (await cashier.get('/api/cash-in-hand')).body as Holder[];
    const mine = inHand.find((h) => h.holderName === '陈静')!.payments.filter((p) => paymentIds.includes(p.paymentId));
    expect(mine.map((p) => p.remittanceId)).toEqual([null, null]);
    const afterReturn = await report();
    expect(afterReturn.totals.remittedFen).toBe(before.totals.remittedFen);
    const notRemitted = afterReturn.differences
      .filter((d: { kind: string }) => d.kind === 'payment_not_remitted')
      .map((d: { ref: string }) => d.ref);
    expect(notRemitted).toEqual(expect.arrayContaining(payments.map((p) => p.number)));
    // the Excel file of the list says it too
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/remittances/export.xlsx',
      headers: { cookie: `gj_session=${custodian.cookie}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const line = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(header.indexOf('退回原因')).value === '清点短款 ¥0.08，请核对后重新上缴');
    expect(line?.getCell(header.indexOf('状态')).value).toBe('已退回');
    expect(line?.getCell(header.indexOf('退回时清点金额')).value).toBe((totalFen - 8) / 100);
    const history = (await custodian.get(`/api/history/remittance/${first.body.id}`)).body as { action: string }[];
    expect(history.map((e) => e.action)).toEqual(['remittance.create', 'remittance.return']);

    // a returned remittance is decided: neither confirmed nor returned again
    const confirmAfter = await custodian.post(`/api/remittances/${first.body.id}/confirm`, { receivedFen: totalFen });
    expect([confirmAfter.status, confirmAfter.body.code]).toEqual([409, 'remittance.invalid_transition']);
    const returnAgain = await custodian.post(`/api/remittances/${first.body.id}/return`, { reason: '再退一次' });
    expect([returnAgain.status, returnAgain.body.code]).toEqual([409, 'remittance.invalid_transition']);

    // the same payments go into a new remittance, which finance confirms
    const second = await cashier.post('/api/remittances', batch);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    const confirmed = await custodian.post(`/api/remittances/${second.body.id}/confirm`, { receivedFen: totalFen });
    expect(confirmed.body).toMatchObject({ state: 'confirmed', abilities: { confirm: false, return: false } });
    expect([...confirmed.body.paymentIds].sort()).toEqual([...paymentIds].sort());
    expect((await listed(custodian, first.body.id)).state).toBe('returned');
    const settled = await report();
    expect(settled.totals.remittedFen - before.totals.remittedFen).toBe(totalFen);
    expect(settled.totals.confirmedFen - before.totals.confirmedFen).toBe(totalFen);
    // they are remitted once: a third remittance of them is refused
    const third = await cashier.post('/api/remittances', batch);
    expect([third.status, third.body.code]).toEqual([409, 'remittance.payment_already_remitted']);
  });

  it('decides a remittance once when finance confirms and returns it at the same moment', async () => {
    const cashier = await t.login('chenjing');
    const custodian = await t.login('zhengkj');
    const p = await deskPayment(cashier);
    const made = await cashier.post('/api/remittances', {
      officeId: await t.org('office-a'),
      paymentIds: [p.id],
      totalFen: p.amountFen,
      periodFrom: '2026-12-01',
      periodTo: '2026-12-07',
    });
    const answers = await Promise.all([
      custodian.post(`/api/remittances/${made.body.id}/confirm`, { receivedFen: p.amountFen }),
      custodian.post(`/api/remittances/${made.body.id}/return`, { reason: '同时退回' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.code).toBe('remittance.invalid_transition');
  });
});
