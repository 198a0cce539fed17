import { describe, expect, it } from 'vitest';
import {
  courseCountsIn,
  daysBetween,
  fromTenths,
  hoursPerPerson,
  isWholeTenths,
  itemStatus,
  monthInPeriod,
  periodsOverlap,
  planPeriod,
  toTenths,
} from './training.rules.js';

describe('training plan periods (A1.1)', () => {
  it('a year plan covers the year, a half-year plan its half', () => {
    expect(planPeriod(2026, 'year')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(planPeriod(2026, 'h1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(planPeriod(2026, 'h2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('a year plan overlaps either half of its year, the two halves do not overlap each other', () => {
    expect(periodsOverlap(planPeriod(2026, 'year'), planPeriod(2026, 'h2'))).toBe(true);
    expect(periodsOverlap(planPeriod(2026, 'h1'), planPeriod(2026, 'h2'))).toBe(false);
    expect(periodsOverlap(planPeriod(2026, 'year'), planPeriod(2027, 'h1'))).toBe(false);
  });

  it('an item month must lie in the plan period', () => {
    expect(monthInPeriod('2026-07', planPeriod(2026, 'h2'))).toBe(true);
    expect(monthInPeriod('2026-06', planPeriod(2026, 'h2'))).toBe(false);
    expect(monthInPeriod('2027-01', planPeriod(2026, 'year'))).toBe(false);
  });
});

describe('hours in tenths', () => {
  it('accepts one decimal and stores whole tenths', () => {
    expect(isWholeTenths(1.5)).toBe(true);
    expect(isWholeTenths(0.1 + 0.2)).toBe(true);
    expect(isWholeTenths(1.25)).toBe(false);
    expect(toTenths(1.5)).toBe(15);
    expect(toTenths(0.1 + 0.2)).toBe(3);
    expect(fromTenths(35)).toBe(3.5);
  });
});

describe('plan item status', () => {
  const today = '2026-12-05';
  it('a session makes an item done, even before its month', () => {
    expect(itemStatus({ month: '2027-01', sessions: 1, planState: 'in_force' }, today)).toBe('done');
  });
  it('an item of a plan in force whose month is over without a session is overdue', () => {
    expect(itemStatus({ month: '2026-11', sessions: 0, planState: 'in_force' }, today)).toBe('overdue');
  });
  it('the current month is not over yet, and a draft is never overdue', () => {
    expect(itemStatus({ month: '2026-12', sessions: 0, planState: 'in_force' }, today)).toBe('open');
    expect(itemStatus({ month: '2026-11', sessions: 0, planState: 'draft' }, today)).toBe('open');
  });
});

describe('hours per person', () => {
  it('counts each attended session and each outside course, with zero rows for staff without any', () => {
    const m = hoursPerPerson(
      ['a', 'b', 'c'],
      [
        { userId: 'a', tenths: 20 },
        { userId: 'a', tenths: 15 },
        { userId: 'b', tenths: 20 },
      ],
      [{ userId: 'a', tenths: 160 }],
    );
    expect(m.get('a')).toEqual({ sessionTenths: 35, outsideTenths: 160, sessions: 2, courses: 1 });
    expect(m.get('b')).toEqual({ sessionTenths: 20, outsideTenths: 0, sessions: 1, courses: 0 });
    expect(m.get('c')).toEqual({ sessionTenths: 0, outsideTenths: 0, sessions: 0, courses: 0 });
  });

  it('an outside course counts in the period of its last day', () => {
    expect(courseCountsIn({ toOn: '2027-01-03' }, planPeriod(2027, 'year'))).toBe(true);
    expect(courseCountsIn({ toOn: '2027-01-03' }, planPeriod(2026, 'year'))).toBe(false);
    expect(daysBetween('2026-12-28', '2027-01-03')).toBe(7);
  });
});
