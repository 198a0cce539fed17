import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankReturnOverdueMonitor } from '../../src/modules/fees/bank-batch.monitors.js';
import { returnOverdue } from '../../src/modules/fees/bank-batch.rules.js';
import { paramAt } from '../../src/modules/params/params.service.js';
import { systemContext } from '../support/agreements.js';
import { returnFileFrom } from '../support/bank.js';
import { approvedStandard, type FeeFixture, openBills, totalsDrift } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let cashier: Agent;
let fx: FeeFixture;
/** Units of 翠竹园 with an owner (so they have bills), none with a mandate. */
let units: string[];
const FULL = '6222021234567891234';

beforeAll(async () => {
  t = await startTestEnv();
  cashier = await t.login('chenjing');
  fx = await approvedStandard(t, '翠竹园');
  const db = t.runtime.deps.db;
  // the demo's mandates would add their units' bills to every batch: this suite keeps its own
  await db.updateTable('bank_mandates').set({ state: 'cancelled' }).where('estate_id', '=', fx.estateId).execute();
  await openBills(t, fx, ['2024-01', '2024-02']);
  const billed = await db
    .selectFrom('fee_bills')
    .select('unit_id')
    .distinct()
    .where('estate_id', '=', fx.estateId)
    .where('period', '=', '2024-01')
    .orderBy('unit_id')
    .execute();
  units = billed.slice(0, 4).map((b) => b.unit_id);
});
afterAll(() => t.close());

const mandate = (unitId: string, no: string, accountNo = FULL) => ({
  unitId,
  mandateNo: no,
  bankName: '中国工商银行',
  accountHolder: '测试业主',
  accountNo,
  signedDate: '2023-12-01',
});

describe('bank collection (托收, A2.3)', () => {
  let batch: {
    id: string;
    number: string;
    version: number;
    lines: { lineNo: number; unitId: string; billId: string; amountFen: number }[];
  };
  let csv: string;
  let late: { id: string; number: string; state: string; lines: { lineNo: number; mandateNo: string; amountFen: number }[] };

  it('keeps only the masked account number: never in an answer, the table or the audit log', async () => {
    const res = await cashier.post('/api/bank-mandates', mandate(units[0]!, 'T-CZY-0001', '6222 0212 3456 7891 234'));
    expect(res.status).toBe(201);
    expect(res.body.accountNoMasked).toBe('6222 **** **** 1234');
    expect(res.body.abilities.cancel).toBe(true);
    const list = await cashier.get(`/api/bank-mandates?estateId=${fx.estateId}&state=active`);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(res.body.id);
    const db = t.runtime.deps.db;
    const stored = JSON.stringify(await db.selectFrom('bank_mandates').selectAll().execute());
    const audit = JSON.stringify(await db.selectFrom('audit_events').selectAll().execute());
    for (const text of [JSON.stringify(res.body), JSON.stringify(list.body), stored, audit]) {
      expect(text).not.toContain(FULL);
      expect(text).not.toContain('02123456789');
    }
    expect(stored).toContain('6222 **** **** 1234');
  });

  it('refuses a mandate number taken and a second active mandate of a unit, each on its field', async () => {
    const taken = await cashier.post('/api/bank-mandates', mandate(units[1]!, 'T-CZY-0001'));
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('mandate.number_taken');
    expect(taken.body.errors?.[0]?.field ?? taken.body.field).toBe('mandateNo');
    const twice = await cashier.post('/api/bank-mandates', mandate(units[0]!, 'T-CZY-0009'));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('mandate.unit_has_active');
    const bad = await cashier.post('/api/bank-mandates', mandate(units[1]!, 'T-CZY-0002', '6222'));
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('mandate.account_invalid');
    for (const [i, u] of units.slice(1, 3).entries())
      expect((await cashier.post('/api/bank-mandates', mandate(u, `T-CZY-000${i + 2}`))).status).toBe(201);
  });

  it('exports a batch of the open bills of units with a mandate, locks them, and refuses an empty second batch', async () => {
    const res = await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2024-02' });
    expect(res.status).toBe(201);
    batch = res.body;
    expect(batch.number).toMatch(/^TS-202402-\d{4}$/);
    expect(batch.lines).toHaveLength(6);
    expect(new Set(batch.lines.map((l) => l.unitId))).toEqual(new Set(units.slice(0, 3)));
    const db = t.runtime.deps.db;
    const locked = await db.selectFrom('fee_bills').select('id').where('bank_batch_id', '=', batch.id).execute();
    expect(locked).toHaveLength(6);
    // what the bank collects is what the bill was due at export: no reduction while the batch is out
    const adjust = await cashier.post(`/api/bills/${locked[0]!.id}/adjustments`, { amountFen: -100, reason: '减免' });
    expect(adjust.status).toBe(409);
    expect(adjust.body.code).toBe('bill.in_bank_batch');
    const again = await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2024-02' });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('bank_batch.empty');
  });

  it('writes the export file in the documented layout: CSV in UTF-8 with BOM, and Excel', async () => {
    const res = await cashier.get(`/api/bank-batches/${batch.id}/file?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    csv = res.body as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('批次号,序号,托收协议号,户名,账号(掩码),金额(元),账期,房屋');
    expect(lines).toHaveLength(7);
    const first = lines[1]!.split(',');
    expect(first.slice(0, 5)).toEqual(
      [batch.number, '1', batch.lines[0] && expect.any(String), '测试业主', '6222 **** **** 1234'].slice(0, 5),
    );
    expect(first[5]).toBe((batch.lines[0]!.amountFen / 100).toFixed(2));
    expect(first[6]).toBe('2024-01');
    expect(csv).not.toContain(FULL);
    const xlsx = await cashier.get(`/api/bank-batches/${batch.id}/file?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('imports a return file with one failure: paid bills settled, the failed one back open, a line not in the batch listed', async () => {
    const failedLine = batch.lines[2]!;
    const file = returnFileFrom(csv, { [failedLine.lineNo]: '余额不足' }, [[batch.number, '999', 'T-CZY-0001', '1.00', '成功', '']]);
    const res = await cashier.post(`/api/bank-batches/${batch.id}/return`, { file, format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.body.paid).toBe(5);
    expect(res.body.failed).toEqual([{ lineNo: failedLine.lineNo, unitLabel: expect.any(String), reason: '余额不足' }]);
    expect(res.body.unmatched).toEqual([expect.objectContaining({ lineNo: '999', cause: 'line_unknown' })]);
    expect(res.body.batch.state).toBe('returned');
    expect(res.body.alreadyImported).toBe(false);
    const db = t.runtime.deps.db;
    const bills = await db
      .selectFrom('fee_bills')
      .select(['id', 'state', 'bank_batch_id', 'payment_id'])
      .where(
        'id',
        'in',
        batch.lines.map((l) => l.billId),
      )
      .execute();
    for (const b of bills) {
      if (b.id === failedLine.billId) expect(b).toMatchObject({ state: 'open', bank_batch_id: null, payment_id: null });
      else expect(b).toMatchObject({ state: 'paid', bank_batch_id: null });
    }
    const payments = await db.selectFrom('fee_payments').selectAll().where('bank_batch_id', '=', batch.id).execute();
    expect(payments).toHaveLength(5);
    expect(payments.every((p) => p.method === 'bank_collection' && p.receipt_id === null)).toBe(true);
    const detail = await cashier.get(`/api/bank-batches/${batch.id}`);
    expect(detail.body.lines.find((l: { lineNo: number }) => l.lineNo === failedLine.lineNo)).toMatchObject({
      state: 'failed',
      failReason: '余额不足',
    });
    expect(detail.body).toMatchObject({ paidCount: 5, failedCount: 1, pendingCount: 0 });
  });

  it('changes nothing when the same file is imported again, and says so', async () => {
    const before = (await cashier.get(`/api/bank-batches/${batch.id}`)).body;
    const failedLine = batch.lines[2]!;
    const file = returnFileFrom(csv, { [failedLine.lineNo]: '余额不足' }, [[batch.number, '999', 'T-CZY-0001', '1.00', '成功', '']]);
    const res = await cashier.post(`/api/bank-batches/${batch.id}/return`, { file, format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ paid: 0, failed: [], skipped: 6, alreadyImported: true });
    const after = (await cashier.get(`/api/bank-batches/${batch.id}`)).body;
    expect(after).toEqual(before);
    const payments = await t.runtime.deps.db.selectFrom('fee_payments').select('id').where('bank_batch_id', '=', batch.id).execute();
    expect(payments).toHaveLength(5);
  });

  it('refuses the whole file of another batch; a mismatched amount is listed and not applied; closing releases the rest as 未回盘', async () => {
    await openBills(t, fx, ['2024-03']);
    const second = (await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2024-03' })).body;
    // the failed bill of 2024-01 comes back in the next batch with the unit's 2024-03 bills
    expect(second.lines).toHaveLength(4);
    const other = await cashier.post(`/api/bank-batches/${second.id}/return`, { file: returnFileFrom(csv), format: 'csv' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('bank_return.other_batch');
    const secondCsv = (await cashier.get(`/api/bank-batches/${second.id}/file?format=csv`)).body as string;
    const tampered = secondCsv.replace(`,${(second.lines[0].amountFen / 100).toFixed(2)},`, ',0.01,');
    const onlyFirst = returnFileFrom(tampered.split('\r\n').slice(0, 3).join('\r\n'));
    const res = await cashier.post(`/api/bank-batches/${second.id}/return`, { file: onlyFirst, format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.body.unmatched).toEqual([expect.objectContaining({ lineNo: '1', cause: 'amount_mismatch' })]);
    expect(res.body.paid).toBe(1);
    expect(res.body.batch).toMatchObject({ state: 'returned', pendingCount: 3, abilities: { close: true } });
    const closed = await cashier.post(`/api/bank-batches/${second.id}/close`, { version: res.body.batch.version });
    expect(closed.status).toBe(200);
    expect(
      closed.body.lines.filter((l: { state: string; failReason: string }) => l.state === 'failed' && l.failReason === '未回盘'),
    ).toHaveLength(3);
    const open = await t.runtime.deps.db
      .selectFrom('fee_bills')
      .select('id')
      .where(
        'id',
        'in',
        second.lines.map((l: { billId: string }) => l.billId),
      )
      .where('state', '=', 'open')
      .where('bank_batch_id', 'is', null)
      .execute();
    expect(open).toHaveLength(3);
  });

  it('the monitor lists a batch whose return file is late after bankReturnDays, as the rule does, on this engine', async () => {
    const ctx = await systemContext(t);
    const db = t.runtime.deps.db;
    await cashier.post('/api/bank-mandates', mandate(units[3]!, 'T-CZY-0004'));
    late = (await cashier.post('/api/bank-batches', { estateId: fx.estateId, period: '2024-03' })).body;
    expect(late.state).toBe('exported');
    const office = await db.selectFrom('org_nodes').select(['id', 'path']).where('id', '=', fx.officeId).executeTakeFirstOrThrow();
    const days = await paramAt(ctx, office.path, 'bankReturnDays');
    const scope = { nodeId: office.id, path: office.path };
    const listed = async () => (await bankReturnOverdueMonitor.list(ctx, scope, { limit: 1000, offset: 0 })).map((b) => b.entity.id).sort();
    const byRule = async () => {
      const all = await db.selectFrom('bank_batches').select(['id', 'state', 'exported_at']).where('office_id', '=', office.id).execute();
      return all
        .filter((b) => returnOverdue({ state: b.state, exportedAt: b.exported_at }, t.clock.now(), days))
        .map((b) => b.id)
        .sort();
    };
    expect(await listed()).not.toContain(late.id);
    expect(await listed()).toEqual(await byRule());
    const todo = async () =>
      ((await cashier.get('/api/workbench')).body.todos as { key: string; severity?: string }[]).find(
        (x) => x.key === 'fees.bankReturnsAwaited',
      );
    expect(await todo()).toBeDefined();
    t.clock.advance(days * 86_400_000 + 60_000);
    try {
      expect(await listed()).toContain(late.id);
      expect(await listed()).toEqual(await byRule());
      expect(await bankReturnOverdueMonitor.count(ctx, scope)).toBe((await byRule()).length);
    } finally {
      t.clock.advance(-(days * 86_400_000 + 60_000));
    }
  });

  it('reads a return file in Excel too', async () => {
    const book = new ExcelJS.Workbook();
    book
      .addWorksheet('回盘')
      .addRows([
        ['序号', '批次号', '托收协议号', '金额', '结果', '失败原因'],
        ...late.lines.map((l) => [String(l.lineNo), late.number, l.mandateNo, l.amountFen / 100, '成功', '']),
      ]);
    const file = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const res = await cashier.post(`/api/bank-batches/${late.id}/return`, { file, format: 'xlsx' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ paid: late.lines.length, failed: [], unmatched: [] });
    const notExcel = await cashier.post(`/api/bank-batches/${late.id}/return`, { file: 'aGVsbG8=', format: 'xlsx' });
    expect(notExcel.status).toBe(422);
    expect(notExcel.body.code).toBe('bank_return.unreadable');
  });

  it('answers 404 to another office and 403 to a reader who may not keep mandates or batches', async () => {
    const headB = await t.login('zhaolei');
    expect((await headB.get(`/api/bank-batches/${batch.id}`)).status).toBe(404);
    const m = (await cashier.get(`/api/bank-mandates?estateId=${fx.estateId}`)).body.items[0];
    expect((await headB.get(`/api/bank-mandates/${m.id}`)).status).toBe(404);
    expect((await headB.post(`/api/bank-batches/${batch.id}/return`, { file: 'aGVsbG8=', format: 'csv' })).status).toBe(404);
    const headA = await t.login('wangfang');
    expect((await headA.get(`/api/bank-batches/${batch.id}`)).status).toBe(200);
    expect((await headA.get(`/api/bank-batches/${batch.id}`)).body.abilities.importReturn).toBe(false);
    expect((await headA.post('/api/bank-mandates', mandate(units[3]!, 'T-CZY-0099'))).status).toBe(403);
    expect((await headA.post('/api/bank-batches', { estateId: fx.estateId, period: '2024-03' })).status).toBe(403);
    expect((await headA.get(`/api/bank-batches/${batch.id}/file?format=csv`)).status).toBe(403);
  });

  it('moved the collection rate’s totals with every bill a return file paid', async () => {
    expect(await totalsDrift(t)).toEqual([]);
  });
});
