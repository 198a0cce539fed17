import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billAmountFen, billableDays, daysInPeriod, nextPeriod, rateFor, standardInForce } from './bill.rules.js';
import type { StandardRate } from './fee.types.js';

describe('periods', () => {
  it('knows month lengths, leap years included', () => {
    expect(daysInPeriod('2026-02')).toBe(28);
    expect(daysInPeriod('2028-02')).toBe(29);
    expect(daysInPeriod('2026-12')).toBe(31);
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(nextPeriod('2026-09')).toBe('2026-10');
    expect(() => daysInPeriod('2026-13')).toThrow();
  });
});

describe('rateFor', () => {
  const rates: StandardRate[] = [
    { use: '*', occupancy: '*', rateFen: 180 },
    { use: 'commercial', occupancy: '*', rateFen: 350 },
    { use: '*', occupancy: 'vacant', rateFen: 126 },
    { use: 'commercial', occupancy: 'vacant', rateFen: 300 },
  ];
  it('takes the most specific row', () => {
    expect(rateFor(rates, 'residential', 'occupied')).toBe(180);
    expect(rateFor(rates, 'residential', 'vacant')).toBe(126);
    expect(rateFor(rates, 'commercial', 'occupied')).toBe(350);
    expect(rateFor(rates, 'commercial', 'vacant')).toBe(300);
  });
  it('answers null when nothing matches', () => {
    expect(rateFor([{ use: 'commercial', occupancy: '*', rateFen: 1 }], 'residential', 'occupied')).toBeNull();
  });
});

describe('standardInForce', () => {
  const s = (effectiveMonth: string, state = 'approved') => ({ effectiveMonth, state });
  it('takes the latest approved standard effective at or before the period', () => {
    const list = [s('2026-01'), s('2026-07'), s('2026-09', 'reviewed'), s('2027-01')];
    expect(standardInForce(list, '2026-06')?.effectiveMonth).toBe('2026-01');
    expect(standardInForce(list, '2026-10')?.effectiveMonth).toBe('2026-07');
    expect(standardInForce(list, '2027-03')?.effectiveMonth).toBe('2027-01');
    expect(standardInForce(list, '2025-12')).toBeNull();
  });
  it('never bills with a standard that is not approved', () => {
    expect(standardInForce([s('2026-01', 'submitted'), s('2026-01', 'returned')], '2026-05')).toBeNull();
  });
});

describe('billableDays', () => {
  it('bills the whole month to an owner there all month', () => {
    expect(billableDays('2026-11', [{ moveIn: '2020-01-01', moveOut: null }])).toBe(30);
  });
  it('prorates a move-in and a move-out inside the month, both days billed', () => {
    expect(billableDays('2026-11', [{ moveIn: '2026-11-21', moveOut: null }])).toBe(10);
    expect(billableDays('2026-11', [{ moveIn: null, moveOut: '2026-11-10' }])).toBe(10);
  });
  it('counts a day held by two owners once, and nothing without an owner', () => {
    const stays = [
      { moveIn: null, moveOut: '2026-11-15' },
      { moveIn: '2026-11-15', moveOut: null },
    ];
    expect(billableDays('2026-11', stays)).toBe(30);
    expect(billableDays('2026-11', [])).toBe(0);
    expect(billableDays('2026-11', [{ moveIn: '2026-12-01', moveOut: null }])).toBe(0);
  });
});

describe('billAmountFen', () => {
  it('charges area × rate for a whole month', () => {
    // 89.5 m² at 1.80 元/m²: 161.10 元
    expect(billAmountFen({ basis: 'per_area', rateFen: 180, areaMilli: 89_500, daysBilled: 30, daysInPeriod: 30 })).toBe(16_110);
    expect(billAmountFen({ basis: 'per_unit', rateFen: 3000, areaMilli: 89_500, daysBilled: 31, daysInPeriod: 31 })).toBe(3000);
  });
  it('rounds half up once, after the proration', () => {
    // 100.005 m² × 1 fen = 100.005 fen → 100; 100.5 fen → 101
    expect(billAmountFen({ basis: 'per_area', rateFen: 1, areaMilli: 100_005, daysBilled: 30, daysInPeriod: 30 })).toBe(100);
    expect(billAmountFen({ basis: 'per_area', rateFen: 1, areaMilli: 100_500, daysBilled: 30, daysInPeriod: 30 })).toBe(101);
    // 10 of 30 days of 100 fen = 33.33 → 33; 20 of 30 = 66.67 → 67
    expect(billAmountFen({ basis: 'per_unit', rateFen: 100, areaMilli: 0, daysBilled: 10, daysInPeriod: 30 })).toBe(33);
    expect(billAmountFen({ basis: 'per_unit', rateFen: 100, areaMilli: 0, daysBilled: 20, daysInPeriod: 30 })).toBe(67);
  });
  it('is never negative, never above the whole month, and grows with the days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 28, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (areaMilli, rateFen, days, d) => {
          const daysBilled = Math.min(d, days);
          const input = { basis: 'per_area' as const, rateFen, areaMilli, daysInPeriod: days };
          const part = billAmountFen({ ...input, daysBilled });
          const whole = billAmountFen({ ...input, daysBilled: days });
          const more = billAmountFen({ ...input, daysBilled: Math.min(days, daysBilled + 1) });
          return part >= 0 && part <= whole && part <= more && Number.isSafeInteger(part);
        },
      ),
    );
  });
});
