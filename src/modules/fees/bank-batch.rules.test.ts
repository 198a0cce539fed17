import { describe, expect, it } from 'vitest';
import {
  batchNumber,
  matchReturn,
  parseCsv,
  parseYuan,
  readReturnRows,
  returnOverdue,
  splitCollectable,
  toCsv,
  yuanText,
} from './bank-batch.rules.js';

describe('bank batch rules', () => {
  it('holds out of a new batch the bills with an adjustment awaiting approval, keeping the order of the rest', () => {
    const bills = [
      { id: 'a', pendingAdjustments: 0 },
      { id: 'b', pendingAdjustments: 1 },
      { id: 'c', pendingAdjustments: 0 },
      { id: 'd', pendingAdjustments: 2 },
    ];
    const { collect, heldOut } = splitCollectable(bills);
    expect(collect.map((b) => b.id)).toEqual(['a', 'c']);
    expect(heldOut.map((b) => b.id)).toEqual(['b', 'd']);
  });
  it('numbers batches by month and sequence', () => {
    expect(batchNumber('2026-12', 1)).toBe('TS-202612-0001');
  });
  it('writes and reads amounts as yuan with two decimals, refusing anything else', () => {
    expect(yuanText(12345)).toBe('123.45');
    expect(yuanText(5)).toBe('0.05');
    expect(parseYuan('123.45')).toBe(12345);
    expect(parseYuan('123.4')).toBe(12340);
    expect(parseYuan('¥1,234')).toBe(123400);
    expect(parseYuan('12.345')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
  });
  it('writes CSV with a BOM and reads it back, quotes and commas included', () => {
    const rows = [
      ['a', 'b,c'],
      ['"q"', '户名'],
    ];
    const text = toCsv(rows).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });
  it('reads a return file by its header names, and names the columns missing', () => {
    const rows = readReturnRows([
      ['结果', '批次号', '序号', '托收协议号', '金额'],
      ['成功', 'TS-1', '1', 'M1', '1.00'],
    ]);
    expect(rows).toEqual([{ row: 2, batchNo: 'TS-1', lineNo: '1', mandateNo: 'M1', amount: '1.00', result: '成功', reason: '' }]);
    expect(readReturnRows([['批次号', '序号']])).toEqual({ missing: ['托收协议号', '金额', '结果'] });
  });
  it('applies only exact matches, lists the rest, and skips lines already resolved', () => {
    const lines = [
      { lineNo: 1, mandateNo: 'M1', amountFen: 100, state: 'pending' as const },
      { lineNo: 2, mandateNo: 'M2', amountFen: 200, state: 'pending' as const },
      { lineNo: 3, mandateNo: 'M3', amountFen: 300, state: 'paid' as const },
      { lineNo: 4, mandateNo: 'M4', amountFen: 400, state: 'pending' as const },
    ];
    const row = (r: number, lineNo: string, mandateNo: string, amount: string, result: string, reason = '') => ({
      row: r,
      batchNo: 'TS',
      lineNo,
      mandateNo,
      amount,
      result,
      reason,
    });
    const m = matchReturn(lines, [
      row(2, '1', 'M1', '1.00', '成功'),
      row(3, '2', 'M2', '2.00', '失败', '余额不足'),
      row(4, '3', 'M3', '3.00', '成功'),
      row(5, '4', 'MX', '4.00', '成功'),
      row(6, '9', 'M9', '9.00', '成功'),
      row(7, '1', 'M1', '1.00', '成功'),
      row(8, '4', 'M4', '4.01', '成功'),
    ]);
    expect(m.paid).toEqual([{ lineNo: 1 }]);
    expect(m.failed).toEqual([{ lineNo: 2, reason: '余额不足' }]);
    expect(m.skipped).toEqual([3]);
    expect(m.unmatched.map((u) => u.cause)).toEqual(['mandate_mismatch', 'line_unknown', 'line_repeated', 'amount_mismatch']);
  });
  it('calls a batch overdue only after bankReturnDays have passed and while it awaits its file', () => {
    const exportedAt = '2026-12-01T00:00:00.000Z';
    const at = (ms: number) => new Date(Date.parse(exportedAt) + ms);
    expect(returnOverdue({ state: 'exported', exportedAt }, at(10 * 86_400_000), 10)).toBe(false);
    expect(returnOverdue({ state: 'exported', exportedAt }, at(10 * 86_400_000 + 1), 10)).toBe(true);
    expect(returnOverdue({ state: 'returned', exportedAt }, at(30 * 86_400_000), 10)).toBe(false);
  });
});
