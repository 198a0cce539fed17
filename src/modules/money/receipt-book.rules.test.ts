import { describe, expect, it } from 'vitest';
import { gapsTaken, missingNumbers, overlaps, receiptNumber, returnOverdue } from './receipt-book.rules.js';

describe('receipt books', () => {
  it('print the series and a seven-digit number', () => {
    expect(receiptNumber('A', 1234)).toBe('A-0001234');
  });
  it('balance only when every number is a stub (issued or voided)', () => {
    expect(missingNumbers({ firstNo: 101, lastNo: 105 }, [101, 102, 103, 104, 105])).toEqual([]);
    expect(missingNumbers({ firstNo: 101, lastNo: 105 }, [101, 103, 105])).toEqual([102, 104]);
  });
  it('find gaps among the numbers already taken', () => {
    expect(gapsTaken({ firstNo: 1, nextNo: 6 }, [1, 2, 4, 5])).toEqual([3]);
    expect(gapsTaken({ firstNo: 1, nextNo: 1 }, [])).toEqual([]);
  });
  it('are overdue when used up longer than the return days ago', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    expect(returnOverdue({ state: 'used_up', usedUpAt: '2026-11-23T00:00:00Z' }, now, 3)).toBe(true);
    expect(returnOverdue({ state: 'used_up', usedUpAt: '2026-11-25T00:00:00Z' }, now, 3)).toBe(false);
    expect(returnOverdue({ state: 'settled', usedUpAt: '2026-11-01T00:00:00Z' }, now, 3)).toBe(false);
  });
  it('refuse overlapping ranges', () => {
    expect(overlaps({ firstNo: 1, lastNo: 100 }, { firstNo: 100, lastNo: 200 })).toBe(true);
    expect(overlaps({ firstNo: 1, lastNo: 100 }, { firstNo: 101, lastNo: 200 })).toBe(false);
  });
});
