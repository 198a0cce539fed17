import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  horizonDays,
  logState,
  logWriteRefusal,
  mayChangeDay,
  missingLogs,
  monthDays,
  rotation,
  uncoveredDays,
} from './duty.rules.js';

describe('duty days', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-01')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(daysBetween('2026-12-02', '2026-12-01')).toEqual([]);
  });
  it('lists the days of a month', () => {
    expect(monthDays('2026-02')).toHaveLength(28);
    expect(monthDays('2028-02').at(-1)).toBe('2028-02-29');
    expect(monthDays('2026-12')[0]).toBe('2026-12-01');
  });
  it('takes the horizon as today and the days after it', () => {
    const days = horizonDays('2026-12-05', 14);
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('2026-12-05');
    expect(days.at(-1)).toBe('2026-12-18');
  });
});

describe('rotation (轮值)', () => {
  it('puts the chosen people on duty in turn, the first on the first day', () => {
    expect(rotation('2026-12-01', '2026-12-05', ['a', 'b', 'c']).map((r) => r.userId)).toEqual(['a', 'b', 'c', 'a', 'b']);
    expect(rotation('2026-12-01', '2026-12-02', ['a'])).toEqual([
      { day: '2026-12-01', userId: 'a' },
      { day: '2026-12-02', userId: 'a' },
    ]);
    expect(rotation('2026-12-01', '2026-12-05', [])).toEqual([]);
  });
});

describe('monitor rules', () => {
  it('finds the days of the horizon with nobody on duty', () => {
    const covered = new Set(daysBetween('2026-12-05', '2026-12-15'));
    expect(uncoveredDays('2026-12-05', 14, covered)).toEqual(['2026-12-16', '2026-12-17', '2026-12-18']);
    expect(uncoveredDays('2026-12-05', 3, covered)).toEqual([]);
  });
  it('finds past rostered days without a log, never today', () => {
    const rostered = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-05', '2026-12-06'];
    expect(missingLogs('2026-12-05', rostered, new Set(['2026-12-02']))).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('the duty log', () => {
  it('is written, handed over, then received', () => {
    expect(logState({ handedOverAt: null, receivedAt: null })).toBe('written');
    expect(logState({ handedOverAt: 'x', receivedAt: null })).toBe('handed_over');
    expect(logState({ handedOverAt: 'x', receivedAt: 'y' })).toBe('received');
  });
  it('is written only by the person on duty, not ahead of the day, not once handed over', () => {
    const base = { day: '2026-12-05', today: '2026-12-05', onDuty: 'gaozb', caller: 'gaozb', state: null };
    expect(logWriteRefusal(base)).toBeNull();
    expect(logWriteRefusal({ ...base, day: '2026-12-06' })).toBe('duty.day_future');
    expect(logWriteRefusal({ ...base, caller: 'husg' })).toBe('duty.not_on_duty');
    expect(logWriteRefusal({ ...base, onDuty: null })).toBe('duty.not_on_duty');
    expect(logWriteRefusal({ ...base, state: 'written' })).toBeNull();
    expect(logWriteRefusal({ ...base, state: 'handed_over' })).toBe('duty.log_handed_over');
    expect(logWriteRefusal({ ...base, day: '2026-12-01' })).toBeNull();
  });
  it('lets the roster change from today on only', () => {
    expect(mayChangeDay('2026-12-05', '2026-12-05')).toBe(true);
    expect(mayChangeDay('2026-12-04', '2026-12-05')).toBe(false);
  });
});
