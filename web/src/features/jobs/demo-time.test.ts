import { describe, expect, it } from 'vitest';
import { nextMonthStart } from './demo-time';

describe('simulated month end', () => {
  it('is 01:05 on the 1st of the next month in the organisation’s zone', () => {
    expect(nextMonthStart(new Date('2026-11-27T10:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-30T17:05:00.000Z');
    expect(nextMonthStart(new Date('2026-06-10T10:00:00Z'), 'UTC')).toBe('2026-07-01T01:05:00.000Z');
  });

  it('turns December into January of the next year, judged by the zone’s own date', () => {
    // 31 December 20:00 UTC is already 1 January in Beijing
    expect(nextMonthStart(new Date('2026-12-31T20:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-31T17:05:00.000Z');
    expect(nextMonthStart(new Date('2026-12-31T10:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-31T17:05:00.000Z');
  });
});
