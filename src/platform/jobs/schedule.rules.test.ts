import { describe, expect, it } from 'vitest';
import { backoffMs, followingOccurrence, isValidCron, nextOccurrence, occurrenceKey } from './schedule.rules.js';

const SH = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);

describe('next occurrence in the tenant’s zone', () => {
  it('puts “01:00 on the 1st” at 01:00 Beijing time, which is 17:00 UTC the day before', () => {
    expect(nextOccurrence('0 1 1 * *', SH, at('2026-11-15T00:00:00Z')).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('is strictly after the given instant, so a run at its own time schedules the following month', () => {
    expect(nextOccurrence('0 1 1 * *', SH, at('2026-11-30T17:00:00Z')).toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('reads the same pattern differently in another zone', () => {
    expect(nextOccurrence('0 1 1 * *', 'UTC', at('2026-11-15T00:00:00Z')).toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  it('finds “every Tuesday and Friday at 08:30” across a week boundary', () => {
    // Saturday 2026-11-28 in Beijing → Tuesday 2026-12-01 08:30 (00:30 UTC)
    expect(nextOccurrence('30 8 * * 2,5', SH, at('2026-11-28T02:00:00Z')).toISOString()).toBe('2026-12-01T00:30:00.000Z');
  });

  it('accepts five fields only', () => {
    expect(isValidCron('0 1 1 * *')).toBe(true);
    expect(isValidCron('0 0 1 1 * *')).toBe(false);
    expect(isValidCron('every month')).toBe(false);
    expect(isValidCron('61 1 1 * *')).toBe(false);
  });
});

describe('the occurrence after a run', () => {
  const monthly = '0 1 1 * *';
  it('is the next one when it is still ahead', () => {
    const r = followingOccurrence(monthly, SH, at('2026-11-30T17:00:00Z'), at('2026-11-30T17:00:05Z'));
    expect(r).toEqual({ at: at('2026-12-31T17:00:00Z'), skipped: 0 });
  });

  it('after downtime is only the latest missed one, with its own time, counting those skipped', () => {
    // the 1 December occurrence ran on 10 March: January and February were missed, only 1 March is run
    const r = followingOccurrence(monthly, SH, at('2026-11-30T17:00:00Z'), at('2027-03-10T00:00:00Z'));
    expect(r).toEqual({ at: at('2027-02-28T17:00:00Z'), skipped: 2 });
  });

  it('stops counting a very frequent job’s misses but still lands on the latest', () => {
    const r = followingOccurrence('* * * * *', 'UTC', at('2026-01-01T00:00:00Z'), at('2026-03-01T00:00:30Z'));
    expect(r.at.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(r.skipped).toBe(1000);
  });
});

describe('occurrence keys', () => {
  it('name the kind and the local time, so the same occurrence is never scheduled twice', () => {
    expect(occurrenceKey('callbacks.draw', at('2026-11-30T17:00:00Z'), SH)).toBe('callbacks.draw@2026-12-01T01:00');
  });
});

describe('backoff', () => {
  it('doubles from 30 seconds and stops at one hour', () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(8)).toBe(3_600_000);
    expect(backoffMs(100)).toBe(3_600_000);
  });
});
