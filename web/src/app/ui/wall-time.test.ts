import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { isoToWall, wallToIso } from './wall-time';

/** A picker's dayjs as the user typed it: local fields, whatever zone this process runs in. */
const typed = (y: number, m: number, d: number, h: number, min: number) => dayjs(new Date(y, m - 1, d, h, min));
const fields = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD HH:mm:ss');

describe('a typed time is the organisation’s wall-clock time, whatever the device’s zone', () => {
  it('reads 09:00 typed for Beijing as 01:00 UTC', () => {
    expect(wallToIso(typed(2026, 12, 8, 9, 0), 'Asia/Shanghai')).toBe('2026-12-08T01:00:00.000Z');
    // the same fields in another zone are another instant: the zone is not ignored
    expect(wallToIso(typed(2026, 12, 8, 9, 0), 'America/New_York')).toBe('2026-12-08T14:00:00.000Z');
    expect(wallToIso(typed(2026, 12, 8, 14, 0), 'UTC')).toBe('2026-12-08T14:00:00.000Z');
  });

  it('crosses the date line backwards: 07:30 on 1 January in Beijing is the evening before in UTC', () => {
    expect(wallToIso(typed(2027, 1, 1, 7, 30), 'Asia/Shanghai')).toBe('2026-12-31T23:30:00.000Z');
  });

  it('keeps no seconds the picker may hold: a time is typed to the minute', () => {
    expect(wallToIso(dayjs(new Date(2026, 11, 8, 9, 0, 42, 500)), 'Asia/Shanghai')).toBe('2026-12-08T01:00:00.000Z');
  });

  it('shows an instant as its wall time in the zone, in the dayjs’s local fields', () => {
    expect(fields(isoToWall('2026-12-08T01:00:00.000Z', 'Asia/Shanghai'))).toBe('2026-12-08 09:00:00');
    expect(fields(isoToWall('2026-12-31T23:30:00Z', 'Asia/Shanghai'))).toBe('2027-01-01 07:30:00');
    expect(fields(isoToWall('2026-12-08T14:00:00.000Z', 'America/New_York'))).toBe('2026-12-08 09:00:00');
    // an offset written in the instant is honoured
    expect(fields(isoToWall('2026-12-08T09:00:00+08:00', 'Asia/Shanghai'))).toBe('2026-12-08 09:00:00');
  });

  it('goes there and back again', () => {
    for (const iso of ['2026-12-08T01:00:00.000Z', '2026-06-30T16:05:00.000Z', '2027-02-28T15:55:00.000Z']) {
      expect(wallToIso(isoToWall(iso, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(iso);
    }
  });
});

describe('a zone with summer time (Berlin: clocks forward at 02:00 on 29 March 2026, back at 03:00 on 25 October)', () => {
  const berlin = 'Europe/Berlin';

  it('takes the winter offset before the change and the summer one after it', () => {
    expect(wallToIso(typed(2026, 3, 29, 1, 30), berlin)).toBe('2026-03-29T00:30:00.000Z');
    expect(wallToIso(typed(2026, 3, 29, 3, 30), berlin)).toBe('2026-03-29T01:30:00.000Z');
    expect(wallToIso(typed(2026, 3, 29, 12, 0), berlin)).toBe('2026-03-29T10:00:00.000Z');
    expect(wallToIso(typed(2026, 3, 28, 12, 0), berlin)).toBe('2026-03-28T11:00:00.000Z');
    expect(wallToIso(typed(2026, 10, 25, 12, 0), berlin)).toBe('2026-10-25T11:00:00.000Z');
  });

  it('reads a skipped time with the offset before the skip (02:30 is 03:30 summer time)', () => {
    expect(wallToIso(typed(2026, 3, 29, 2, 30), berlin)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads a time that happens twice as the first of the two', () => {
    expect(wallToIso(typed(2026, 10, 25, 2, 30), berlin)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('shows instants either side of the change at their own offset', () => {
    expect(fields(isoToWall('2026-03-29T00:59:00Z', berlin))).toBe('2026-03-29 01:59:00');
    expect(fields(isoToWall('2026-03-29T01:00:00Z', berlin))).toBe('2026-03-29 03:00:00');
    expect(fields(isoToWall('2026-10-25T00:30:00Z', berlin))).toBe('2026-10-25 02:30:00');
    expect(fields(isoToWall('2026-10-25T01:30:00Z', berlin))).toBe('2026-10-25 02:30:00');
  });
});
