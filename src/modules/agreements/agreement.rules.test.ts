import { describe, expect, it } from 'vitest';
import { businessDate } from '../../platform/time.js';
import {
  dueOccurrences,
  isoWeekday,
  localInstant,
  missedOccurrences,
  negotiatedItems,
  occurrences,
  scheduleProblem,
  unapprovedPrice,
  visitMissedFrom,
} from './agreement.rules.js';

const tz = 'Asia/Shanghai';
const twiceWeekly = { weekdays: [2, 5], monthDays: [], windowStart: '09:00', windowEnd: '11:00' };

describe('schedule occurrences', () => {
  it('falls on Tuesdays and Fridays', () => {
    // 2026-12-01 is a Tuesday
    expect(isoWeekday('2026-12-01')).toBe(2);
    expect(occurrences(twiceWeekly, '2026-11-30', '2026-12-13')).toEqual(['2026-12-01', '2026-12-04', '2026-12-08', '2026-12-11']);
  });
  it('adds days of the month, once per date, and skips a day a month lacks', () => {
    const s = { weekdays: [2], monthDays: [1, 31] };
    expect(occurrences(s, '2026-11-25', '2026-12-02')).toEqual(['2026-12-01']);
    expect(occurrences({ weekdays: [], monthDays: [31] }, '2026-11-01', '2027-01-31')).toEqual(['2026-12-31', '2027-01-31']);
  });
  it('turns a local window into UTC instants in Asia/Shanghai', () => {
    expect(localInstant('2026-12-01', '09:00', tz)).toBe('2026-12-01T01:00:00.000Z');
    expect(localInstant('2026-12-01', '00:30', tz)).toBe('2026-11-30T16:30:00.000Z');
  });
  it('takes the business date in the zone, not in UTC', () => {
    expect(businessDate(new Date('2026-11-30T17:00:00Z'), tz)).toBe('2026-12-01');
  });
  it('plans the next 14 days from today in the zone, inside the agreement, not windows already begun', () => {
    // Tuesday 2026-12-01 at 10:00 in Shanghai: that morning's window has begun
    const now = new Date('2026-12-01T02:00:00Z');
    const due = dueOccurrences(twiceWeekly, { startDate: '2026-11-01', endDate: '2027-06-30' }, now, 14, tz);
    expect(due.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-08', '2026-12-11']);
    expect(due[0]).toEqual({ date: '2026-12-04', start: '2026-12-04T01:00:00.000Z', end: '2026-12-04T03:00:00.000Z' });
    expect(dueOccurrences(twiceWeekly, { startDate: '2026-12-05', endDate: '2026-12-09' }, now, 14, tz).map((d) => d.date)).toEqual([
      '2026-12-08',
    ]);
  });
  it('names what is wrong with a schedule', () => {
    expect(scheduleProblem({ ...twiceWeekly, weekdays: [] }, '2026-12-01', '2027-01-01')?.code).toBe('agreement.schedule_empty');
    expect(scheduleProblem({ ...twiceWeekly, windowEnd: '08:00' }, '2026-12-01', '2027-01-01')?.code).toBe('agreement.window_invalid');
    expect(scheduleProblem(twiceWeekly, '2026-12-01', '2026-11-01')?.code).toBe('agreement.dates_invalid');
    expect(scheduleProblem(twiceWeekly, '2026-12-02', '2026-12-03')?.code).toBe('agreement.no_visits');
    expect(scheduleProblem(twiceWeekly, '2026-12-01', '2027-01-01')).toBeNull();
  });
});

describe('price rule', () => {
  it('lets posted prices stand and asks approval for any other', () => {
    const items = [
      { unitPriceFen: 4000, listPriceFen: 4000 },
      { unitPriceFen: 3600, listPriceFen: 4000 },
    ];
    expect(negotiatedItems(items)).toEqual([1]);
    expect(unapprovedPrice(items, false)).toBe(1);
    expect(unapprovedPrice(items, true)).toBeNull();
    expect(unapprovedPrice([items[0]!], false)).toBeNull();
  });
});

describe('gaps and missed visits (A7.4.9)', () => {
  const agreement = { startDate: '2026-11-01', endDate: '2027-05-31', activatedAt: '2026-12-01T00:30:00.000Z' };
  it('finds the occurrences since the activation whose window has begun (the days a stopped planner left out)', () => {
    // activated Tuesday 1 December 08:30 Shanghai; now Monday 14 December 10:00
    const missed = missedOccurrences(twiceWeekly, agreement, new Date('2026-12-14T02:00:00Z'), tz);
    expect(missed.map((m) => m.date)).toEqual(['2026-12-01', '2026-12-04', '2026-12-08', '2026-12-11']);
    // nothing before the activation counts, even inside the agreement's dates, nor a window that began before it
    const lateStart = { ...agreement, activatedAt: '2026-12-01T01:30:00.000Z' };
    expect(missedOccurrences(twiceWeekly, lateStart, new Date('2026-12-05T00:00:00Z'), tz).map((m) => m.date)).toEqual(['2026-12-04']);
    expect(missedOccurrences(twiceWeekly, { ...agreement, activatedAt: null }, new Date('2026-12-14T02:00:00Z'), tz)).toEqual([]);
  });
  it('a visit not done is a breach from the day after its window, a done or cancelled one never', () => {
    const v = { state: 'planned', windowStart: '2026-12-04T01:00:00.000Z' };
    expect(visitMissedFrom(v, 'assigned', '2026-12-04', tz)).toBeNull();
    expect(visitMissedFrom(v, 'assigned', '2026-12-05', tz)).toBe('2026-12-05');
    expect(visitMissedFrom(v, 'in_progress', '2026-12-05', tz)).toBe('2026-12-05');
    expect(visitMissedFrom(v, 'completed', '2026-12-05', tz)).toBeNull();
    expect(visitMissedFrom(v, 'cancelled', '2026-12-05', tz)).toBeNull();
    expect(visitMissedFrom({ ...v, state: 'missed' }, null, '2026-12-05', tz)).toBe('2026-12-05');
    expect(visitMissedFrom({ ...v, state: 'skipped' }, 'cancelled', '2026-12-05', tz)).toBeNull();
  });
});
