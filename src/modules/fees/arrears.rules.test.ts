import { describe, expect, it } from 'vitest';
import { ageBucket, bucketPeriods, inArrears, monthsOverdue, oldestPeriodFor } from './arrears.rules.js';

describe('arrears ageing (A2.3)', () => {
  it('counts the month just ended as 1 month overdue and the current month as not overdue', () => {
    expect(monthsOverdue('2026-11', '2026-12')).toBe(1);
    expect(monthsOverdue('2026-12', '2026-12')).toBe(0);
    expect(monthsOverdue('2025-12', '2026-01')).toBe(1);
    expect(monthsOverdue('2025-06', '2026-01')).toBe(7);
  });

  it('puts 1 month in the first bucket, 2–3, 4–6 and more than 6 in the others', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 30].map(ageBucket)).toEqual([null, 'm1', 'm2to3', 'm2to3', 'm4to6', 'm4to6', 'over6', 'over6']);
  });

  it('buckets by period bounds exactly as by months overdue, across a year end', () => {
    const current = '2026-02';
    const bounds = bucketPeriods(current);
    for (let n = 1; n <= 20; n++) {
      const [cy, cm] = current.split('-').map(Number) as [number, number];
      const idx = cy * 12 + cm - 1 - n;
      const period = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
      const bucket = ageBucket(monthsOverdue(period, current));
      const byBounds = Object.entries(bounds).find(([, b]) => (b.from === null || period >= b.from) && period <= b.to)?.[0];
      expect(byBounds, period).toBe(bucket);
    }
    expect(oldestPeriodFor(current, 3)).toBe('2025-11');
  });

  it('counts only open bills with something due of a month before the current one', () => {
    const b = { state: 'open', period: '2026-11', amountFen: 100, adjustmentFen: 0 };
    expect(inArrears(b, '2026-12')).toBe(true);
    expect(inArrears({ ...b, period: '2026-12' }, '2026-12')).toBe(false);
    expect(inArrears({ ...b, state: 'paid' }, '2026-12')).toBe(false);
    expect(inArrears({ ...b, adjustmentFen: -100 }, '2026-12')).toBe(false);
  });
});
