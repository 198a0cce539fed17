import { describe, expect, it } from 'vitest';
import { MAX_PASS_MONTHS, monthsOf, monthsToWithdraw, passMonthsRefusal, placeRefusal, pricedAs } from './parking-pass.rules.js';

describe('monthsOf', () => {
  it('lists the months of a span across a year end, both ends included', () => {
    expect(monthsOf('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2026-12', '2026-12')).toEqual(['2026-12']);
    expect(monthsOf('2027-01', '2026-12')).toEqual([]);
    expect(monthsOf('2026-13', '2027-01')).toEqual([]);
  });
});

describe('passMonthsRefusal', () => {
  it('takes this month or later, up to a year', () => {
    expect(passMonthsRefusal('2026-12', '2027-11', '2026-12')).toBeNull();
    expect(passMonthsRefusal('2026-11', '2026-12', '2026-12')?.code).toBe('parking_pass.from_past');
    expect(passMonthsRefusal('2027-01', '2026-12', '2026-12')?.code).toBe('parking_pass.to_before_from');
    expect(passMonthsRefusal('2026-12', '2027-12', '2026-12')).toMatchObject({ code: 'parking_pass.too_many_months', field: 'toMonth' });
    expect(passMonthsRefusal('2026-1', '2027-01', '2026-12')).toMatchObject({ code: 'parking_pass.month_invalid', field: 'fromMonth' });
    expect(monthsOf('2026-12', '2027-11')).toHaveLength(MAX_PASS_MONTHS);
  });
});

describe('placeRefusal', () => {
  const space = (over = {}) => ({ ownership: 'owned' as const, unitId: 'u1', active: true, carParkId: 'c1', ...over });
  it('needs a space or a zone, not both', () => {
    expect(placeRefusal({ space: null, zone: ' ' }, 'c1', 'u1')?.code).toBe('parking_pass.place_required');
    expect(placeRefusal({ space: space(), zone: '东区' }, 'c1', 'u1')?.code).toBe('parking_pass.space_or_zone');
    expect(placeRefusal({ space: null, zone: '东区' }, 'c1', 'u1')).toBeNull();
  });
  it('an owned or rented space must be the vehicle’s unit’s, a public one anyone’s', () => {
    expect(placeRefusal({ space: space(), zone: '' }, 'c1', 'u1')).toBeNull();
    expect(placeRefusal({ space: space({ unitId: 'u2' }), zone: '' }, 'c1', 'u1')?.code).toBe('parking_pass.space_not_of_unit');
    expect(placeRefusal({ space: space({ ownership: 'rented', unitId: null }), zone: '' }, 'c1', 'u1')?.code).toBe(
      'parking_pass.space_not_of_unit',
    );
    expect(placeRefusal({ space: space({ ownership: 'public', unitId: null }), zone: '' }, 'c1', 'u1')).toBeNull();
    expect(placeRefusal({ space: space({ carParkId: 'c2' }), zone: '' }, 'c1', 'u1')?.code).toBe('parking_pass.space_other_car_park');
    expect(placeRefusal({ space: space({ active: false }), zone: '' }, 'c1', 'u1')?.code).toBe('parking_pass.space_inactive');
  });
  it('prices a zone as public', () => {
    expect(pricedAs(null)).toBe('public');
    expect(pricedAs({ ownership: 'rented' })).toBe('rented');
  });
});

describe('monthsToWithdraw', () => {
  it('withdraws only later months still open', () => {
    const months = [
      { period: '2026-11', billState: 'paid' },
      { period: '2026-12', billState: 'open' },
      { period: '2027-01', billState: 'paid' },
      { period: '2027-02', billState: 'open' },
    ];
    expect(monthsToWithdraw(months, '2026-12').map((m) => m.period)).toEqual(['2027-02']);
  });
});
