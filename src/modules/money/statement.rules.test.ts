import { describe, expect, it } from 'vitest';
import { monthBounds, refuseStatement } from './statement.rules.js';

describe('monthly statements', () => {
  it('a month runs from its first to the next first, local midnight', () => {
    expect(monthBounds('2026-12', 'Asia/Shanghai')).toEqual({ start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z' });
    expect(monthBounds('2026-02', 'Asia/Shanghai').end).toBe('2026-02-28T16:00:00.000Z');
  });

  it('is paid and invoiced only once its month is over, for its whole amount, once', () => {
    const s = { periodEnd: '2026-11-30T16:00:00.000Z', amountFen: 24000, paidAt: null, invoiced: false };
    const before = new Date('2026-11-30T15:59:59.000Z');
    const after = new Date('2026-12-01T01:00:00.000Z');
    expect(refuseStatement(s, 'pay', { amountFen: 24000 }, before)?.code).toBe('statement.month_open');
    expect(refuseStatement(s, 'pay', { amountFen: 12000 }, after)).toEqual({
      kind: 'unprocessable',
      code: 'statement.amount_mismatch',
      field: 'amountFen',
    });
    expect(refuseStatement(s, 'pay', { amountFen: 24000 }, after)).toBeNull();
    expect(refuseStatement({ ...s, paidAt: after.toISOString() }, 'pay', { amountFen: 24000 }, after)?.code).toBe('statement.already_paid');
    expect(refuseStatement({ ...s, invoiced: true }, 'record_invoice', { amountFen: 24000 }, after)?.code).toBe('invoice.exists');
  });
});
