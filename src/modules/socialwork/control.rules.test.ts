import { describe, expect, it } from 'vitest';
import {
  briefLate,
  firstMissedWithoutRemedy,
  missingMonths,
  monthsBetween,
  nextMonth,
  opinionAnsweredLate,
  opinionOverdue,
  previousMonth,
} from './control.rules.js';

describe('the months a project owes its check and supervision (A3.5)', () => {
  it('steps over the year end both ways', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11', '2026-10')).toEqual([]);
  });

  it('are the past months since the start without one; the current month is still open', () => {
    expect(missingMonths('2026-10', '2026-12', ['2026-10'])).toEqual(['2026-11']);
    expect(missingMonths('2026-10', '2026-12', ['2026-10', '2026-11'])).toEqual([]);
    expect(missingMonths('2026-12', '2026-12', [])).toEqual([]);
    expect(missingMonths('2026-11', '2027-01', [])).toEqual(['2026-11', '2026-12']);
  });
});

describe('an opinion of the supervisor (A3.5)', () => {
  const raisedAt = '2026-11-02T02:00:00.000Z';
  it('is overdue once unanswered for more than the days allowed', () => {
    expect(opinionOverdue({ raisedAt, answeredAt: null }, 7, '2026-11-09T01:59:59.000Z')).toBe(false);
    expect(opinionOverdue({ raisedAt, answeredAt: null }, 7, '2026-11-09T02:00:01.000Z')).toBe(true);
    expect(opinionOverdue({ raisedAt, answeredAt: '2026-11-20T00:00:00.000Z' }, 7, '2026-12-01T00:00:00.000Z')).toBe(false);
  });
  it('answered after the days allowed counts as answered late', () => {
    expect(opinionAnsweredLate({ raisedAt, answeredAt: '2026-11-05T00:00:00.000Z' }, 7)).toBe(false);
    expect(opinionAnsweredLate({ raisedAt, answeredAt: '2026-11-10T00:00:00.000Z' }, 7)).toBe(true);
    expect(opinionAnsweredLate({ raisedAt, answeredAt: null }, 7)).toBe(false);
  });
});

describe('a monthly check’s missed items', () => {
  it('each need a remedial action', () => {
    expect(firstMissedWithoutRemedy([{ item: '探访', remedy: '下月补访' }])).toBe(-1);
    expect(
      firstMissedWithoutRemedy([
        { item: '探访', remedy: '下月补访' },
        { item: '讲座', remedy: '  ' },
      ]),
    ).toBe(1);
  });
});

describe('an activity’s brief', () => {
  it('is late after the deadline, written or not', () => {
    expect(briefLate('2026-11-10', '2026-11-12', 2, '2026-12-01')).toBe(false);
    expect(briefLate('2026-11-10', '2026-11-13', 2, '2026-12-01')).toBe(true);
    expect(briefLate('2026-11-10', null, 2, '2026-11-12')).toBe(false);
    expect(briefLate('2026-11-10', null, 2, '2026-11-13')).toBe(true);
  });
});
