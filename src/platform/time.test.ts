import { describe, expect, it } from 'vitest';
import { businessDate, localDateTime, periodBound, startOfBusinessDay } from './time.js';

describe('business days', () => {
  it('start at local midnight of the organisation', () => {
    expect(startOfBusinessDay('2026-11-27', 'Asia/Shanghai')).toBe('2026-11-26T16:00:00.000Z');
    expect(startOfBusinessDay('2026-11-27', 'UTC')).toBe('2026-11-27T00:00:00.000Z');
  });
  it('are the organisation’s local date of an instant, not UTC’s', () => {
    expect(businessDate(new Date('2026-11-27T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-11-27');
    expect(businessDate('2026-11-27T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-28');
    expect(businessDate('2026-11-27T16:00:00.000Z', 'UTC')).toBe('2026-11-27');
  });
  it('print in local time', () => {
    expect(localDateTime('2026-11-27T06:05:00.000Z', 'Asia/Shanghai')).toBe('2026-11-27 14:05');
    expect(localDateTime(null, 'Asia/Shanghai')).toBe('');
    // each zone its own formatter: a second zone is not printed with the first's
    expect(localDateTime('2026-11-27T06:05:00.000Z', 'Europe/Berlin')).toBe('2026-11-27 07:05');
  });
});

describe('periodBound', () => {
  it('takes a date as the organisation’s whole day and keeps an instant', () => {
    expect(periodBound('2026-11-27', 'Asia/Shanghai', 'from')).toBe('2026-11-26T16:00:00.000Z');
    expect(periodBound('2026-11-27', 'Asia/Shanghai', 'to')).toBe('2026-11-27T16:00:00.000Z');
    expect(periodBound('2026-12-31', 'Asia/Shanghai', 'to')).toBe('2026-12-31T16:00:00.000Z');
    expect(periodBound('2026-11-27T10:00:00.000Z', 'Asia/Shanghai', 'to')).toBe('2026-11-27T10:00:00.000Z');
  });
});
