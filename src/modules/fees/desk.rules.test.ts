import { describe, expect, it } from 'vitest';
import { advanceBills, dueFen, earlierOwed, firstAdvancePeriod, periodsFrom, receiptLine, refuseBills, unitLabel } from './desk.rules.js';

const std = (id: string, effectiveMonth: string, rateFen: number, state = 'approved') => ({
  id,
  itemId: 'item',
  state,
  effectiveMonth,
  basis: 'per_area' as const,
  rates: [{ use: '*' as const, occupancy: '*' as const, rateFen }],
});
const unit = { areaMilli: 89_500, use: 'residential' as const, occupancy: 'occupied' as const };

describe('the desk’s rules', () => {
  it('asks for the amount plus the approved adjustments', () => {
    expect(dueFen({ amountFen: 16110, adjustmentFen: -1000 })).toBe(15110);
  });

  it('names a unit and a receipt line the way the office does', () => {
    expect(unitLabel({ buildingName: '3栋', entrance: '1', room: '1201' })).toBe('3栋1单元1201');
    expect(unitLabel({ buildingName: '3栋', entrance: '', room: '1201' })).toBe('3栋1201');
    expect(receiptLine('物业管理费', '2026-10', '3栋1单元1201')).toBe('物业管理费 2026-10 3栋1单元1201');
  });

  it('pays ahead from the month after the latest bill, never before the current month, across the year end', () => {
    expect(firstAdvancePeriod('2026-11', '2026-12')).toBe('2026-12');
    expect(firstAdvancePeriod('2027-02', '2026-12')).toBe('2027-03');
    expect(firstAdvancePeriod(null, '2026-12')).toBe('2026-12');
    expect(periodsFrom('2026-11', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('bills each month ahead whole, at the approved standard in force for it, and lists months without one', () => {
    const standards = [std('old', '2026-01', 180), std('new', '2027-01', 200), std('draft', '2026-12', 999, 'submitted')];
    const { bills, missing } = advanceBills('item', standards, ['2026-12', '2027-01'], unit);
    expect(missing).toEqual([]);
    expect(bills.map((b) => [b.period, b.standardId, b.amountFen, b.daysBilled])).toEqual([
      ['2026-12', 'old', 16110, 31],
      ['2027-01', 'new', 17900, 31],
    ]);
    expect(advanceBills('item', [std('late', '2027-06', 180)], ['2027-05', '2027-06'], unit).missing).toEqual(['2027-05']);
  });

  it('refuses a bill of another unit before one already paid or in a bank batch', () => {
    const bills = [
      { id: 'a', unitId: 'u', state: 'open', bankBatchId: null },
      { id: 'b', unitId: 'u', state: 'paid', bankBatchId: null },
      { id: 'c', unitId: 'u', state: 'open', bankBatchId: 'batch' },
      { id: 'd', unitId: 'v', state: 'open', bankBatchId: null },
    ];
    expect(refuseBills('u', ['a'], bills)).toBeNull();
    expect(refuseBills('u', ['b', 'd'], bills)?.code).toBe('fee_payment.bill_other_unit');
    expect(refuseBills('u', ['x'], bills)?.code).toBe('fee_payment.bill_other_unit');
    expect(refuseBills('u', ['a', 'b'], bills)).toMatchObject({ kind: 'conflict', code: 'bill.already_paid' });
    expect(refuseBills('u', ['c'], bills)).toMatchObject({ kind: 'conflict', code: 'bill.in_bank_collection' });
  });
});

describe('months left owed before a month taken', () => {
  const bill = (id: string, itemId: string, period: string, bankBatchId: string | null = null) => ({ id, itemId, period, bankBatchId });
  const open = [
    bill('p08', 'property', '2026-08'),
    bill('w08', 'waste', '2026-08'),
    bill('p09', 'property', '2026-09'),
    bill('w09', 'waste', '2026-09'),
    bill('p10', 'property', '2026-10', 'batch'),
    bill('p11', 'property', '2026-11'),
  ];
  const ids = (bills: { id: string }[]) => bills.map((b) => b.id);

  it('are none when the months are taken oldest first, or all of them', () => {
    expect(earlierOwed(open, ['p08', 'w08'], [])).toEqual([]);
    expect(earlierOwed(open, ['p08', 'p09', 'p11', 'w08', 'w09'], [])).toEqual([]);
  });
  it('are the earlier months of the same item left unticked, oldest first', () => {
    expect(ids(earlierOwed(open, ['p09'], []))).toEqual(['p08']);
    expect(ids(earlierOwed(open, ['p11', 'w08'], []))).toEqual(['p08', 'p09']);
    // another item's months are its own: the waste fee of 2026-08 taken alone leaves nothing owed before it
    expect(ids(earlierOwed(open, ['w09', 'p08'], []))).toEqual(['w08']);
  });
  it('leave out a month the bank is collecting (the desk cannot take it)', () => {
    expect(ids(earlierOwed(open, ['p08', 'p09', 'p11'], []))).toEqual([]);
  });
  it('are every open month of an item paid ahead that is not taken with it', () => {
    expect(ids(earlierOwed(open, ['p08', 'w08'], ['property']))).toEqual(['p09', 'p11']);
    expect(ids(earlierOwed(open, ['p08', 'p09', 'p11'], ['property']))).toEqual([]);
  });
});
