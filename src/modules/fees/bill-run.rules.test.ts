import { describe, expect, it } from 'vitest';
import { billsForUnit, isFuturePeriod, payerOf, progressPercent } from './bill-run.rules.js';

const property = {
  id: 's1',
  itemId: 'property',
  basis: 'per_area' as const,
  rates: [{ use: '*' as const, occupancy: '*' as const, rateFen: 180 }],
};
const shopsOnly = {
  id: 's2',
  itemId: 'signs',
  basis: 'per_unit' as const,
  rates: [{ use: 'commercial' as const, occupancy: '*' as const, rateFen: 5000 }],
};
const flat = { id: 'u1', areaMilli: 89_500, use: 'residential' as const, occupancy: 'occupied' as const };

describe('payerOf', () => {
  it('addresses the month to the last owner holding the unit in it', () => {
    const owners = [
      { name: '旧业主', moveIn: null, moveOut: '2026-11-14' },
      { name: '新业主', moveIn: '2026-11-15', moveOut: null },
      { name: '下月业主', moveIn: '2026-12-01', moveOut: null },
    ];
    expect(payerOf('2026-11', owners)).toBe('新业主');
    expect(payerOf('2026-10', owners)).toBe('旧业主');
    expect(payerOf('2026-10', [{ name: '已迁出', moveIn: null, moveOut: '2026-09-30' }])).toBeNull();
  });
});

describe('billsForUnit', () => {
  it('bills one line per item with a rate, prorated by the owner’s days, with the snapshot of rate, area and days', () => {
    const bills = billsForUnit('2026-11', flat, [{ name: '孙二', moveIn: '2026-11-21', moveOut: null }], [property, shopsOnly]);
    expect(bills).toEqual([
      {
        itemId: 'property',
        standardId: 's1',
        basis: 'per_area',
        rateFen: 180,
        areaMilli: 89_500,
        daysBilled: 10,
        daysInPeriod: 30,
        amountFen: 5370,
        payerName: '孙二',
      },
    ]);
  });
  it('bills nothing without an owner in the month', () => {
    expect(billsForUnit('2026-11', flat, [], [property])).toEqual([]);
    expect(billsForUnit('2026-11', flat, [{ name: '甲', moveIn: '2026-12-02', moveOut: null }], [property])).toEqual([]);
  });
});

describe('periods and progress', () => {
  it('refuses only months after the current one', () => {
    expect(isFuturePeriod('2027-01', '2026-12')).toBe(true);
    expect(isFuturePeriod('2026-12', '2026-12')).toBe(false);
    expect(isFuturePeriod('2026-06', '2026-12')).toBe(false);
  });
  it('shows whole percents, 100 for an estate without units', () => {
    expect(progressPercent(0, 176)).toBe(0);
    expect(progressPercent(175, 176)).toBe(99);
    expect(progressPercent(176, 176)).toBe(100);
    expect(progressPercent(0, 0)).toBe(100);
  });
});
