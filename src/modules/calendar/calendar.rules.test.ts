import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessMinutesBetween, checkYearImport, isDay, isWorkingDay, refuseDay } from './calendar.rules.js';
import type { BusinessCalendar } from './calendar.types.js';
import { STATE_COUNCIL_2026 } from './holidays-2026.data.js';

const SHANGHAI = 'Asia/Shanghai';
const NEW_YORK = 'America/New_York';

/** 09:00–18:00 with the State Council's 2026 arrangement. */
const cal2026: BusinessCalendar = {
  startMinutes: 540,
  endMinutes: 1080,
  days: Object.fromEntries(STATE_COUNCIL_2026.map((d) => [d.day, d.kind])),
};
/** Shanghai local time as an instant. */
const sh = (local: string) => new Date(`${local}:00+08:00`).toISOString();
const between = (from: string, to: string, c = cal2026) => businessMinutesBetween(c, SHANGHAI, sh(from), sh(to));

describe('working minutes between a call and an arrival (A4.7)', () => {
  it('counts a call on Friday at 17:00 answered on Monday at 10:00 as two hours', () => {
    expect(between('2026-11-27T17:00', '2026-11-30T10:00')).toBe(120);
  });

  it('counts nothing before the start, after the end, or backwards', () => {
    expect(between('2026-11-30T07:00', '2026-11-30T09:00')).toBe(0);
    expect(between('2026-11-30T18:00', '2026-12-01T08:59')).toBe(0);
    expect(between('2026-11-30T12:00', '2026-11-30T11:00')).toBe(0);
    expect(between('2026-11-30T08:00', '2026-11-30T19:00')).toBe(540);
  });

  it('skips the National Day week and works its make-up days (2026-09-20 Sunday, 2026-10-10 Saturday)', () => {
    // the last afternoon hour before the holiday, the first morning hour after it: seven days off in between
    expect(between('2026-09-30T17:00', '2026-10-08T10:00')).toBe(120);
    // Friday 17:00 to Monday 10:00 around the make-up Saturday: that whole Saturday counts
    expect(between('2026-10-09T17:00', '2026-10-12T10:00')).toBe(60 + 540 + 60);
    // and around the make-up Sunday before it
    expect(between('2026-09-18T17:00', '2026-09-21T10:00')).toBe(60 + 540 + 60);
    expect(isWorkingDay(cal2026, '2026-10-01')).toBe(false);
    expect(isWorkingDay(cal2026, '2026-10-10')).toBe(true);
    expect(isWorkingDay(cal2026, '2026-10-11')).toBe(false);
  });

  it('crosses the month and the year ends, and the Spring Festival', () => {
    expect(between('2026-11-30T17:00', '2026-12-01T10:00')).toBe(120);
    // 2026-12-31 is a Thursday; 2027 has no special days here, so New Year's Day (Friday) works
    expect(between('2026-12-31T17:00', '2027-01-01T10:00')).toBe(120);
    // 2025-12-31 Wednesday 17:00 → 2026-01-05 Monday 10:00: 元旦 01-01..03 off, Sunday 01-04 works
    expect(between('2025-12-31T17:00', '2026-01-05T10:00')).toBe(60 + 540 + 60);
    // Friday 2026-02-13 17:00 → Tuesday 2026-02-24 10:00: the make-up Saturday 02-14 works, 02-15..23 do not
    expect(between('2026-02-13T17:00', '2026-02-24T10:00')).toBe(60 + 540 + 60);
  });

  it('reads the working hours in the zone given, summer time included', () => {
    const weekdays: BusinessCalendar = { startMinutes: 540, endMinutes: 1080, days: {} };
    // New York moved to summer time at 02:00 on Sunday 2026-03-08; Friday 17:00 EST to Monday 10:00 EDT
    expect(businessMinutesBetween(weekdays, NEW_YORK, '2026-03-06T22:00:00Z', '2026-03-09T14:00:00Z')).toBe(120);
    // the same instants in Shanghai are Saturday 06:00 to Monday 22:00: Monday's whole day
    expect(businessMinutesBetween(weekdays, SHANGHAI, '2026-03-06T22:00:00Z', '2026-03-09T14:00:00Z')).toBe(540);
  });

  it('drops the seconds of both ends', () => {
    expect(businessMinutesBetween(cal2026, SHANGHAI, '2026-11-30T01:00:59Z', '2026-11-30T01:02:00Z')).toBe(2);
    expect(businessMinutesBetween(cal2026, SHANGHAI, '2026-11-30T01:00:00Z', '2026-11-30T01:00:59Z')).toBe(0);
  });
});

describe('properties of the count', () => {
  // instants from 2025-12 to 2027-01 in Shanghai and New York, to the second
  const instant = fc
    .integer({ min: Date.parse('2025-12-01T00:00:00Z') / 1000, max: Date.parse('2027-01-31T00:00:00Z') / 1000 })
    .map((s) => new Date(s * 1000).toISOString());
  const zone = fc.constantFrom(SHANGHAI, NEW_YORK);
  const calendar = fc.oneof(
    fc.constant(cal2026),
    fc
      .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
      .map(([a, b]): BusinessCalendar => ({ startMinutes: Math.min(a, b), endMinutes: Math.max(a + 1, b), days: cal2026.days })),
  );
  const wall = (a: string, b: string) => Math.floor(Date.parse(b) / 60_000) - Math.floor(Date.parse(a) / 60_000);

  it('is never negative and never more than the clock’s minutes', () => {
    fc.assert(
      fc.property(calendar, zone, instant, instant, (c, z, a, b) => {
        const n = businessMinutesBetween(c, z, a, b);
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(Math.max(0, wall(a, b)));
      }),
      { numRuns: 300 },
    );
  });

  it('adds up: a→b plus b→c is a→c', () => {
    fc.assert(
      fc.property(calendar, zone, instant, instant, instant, (c, z, ...xs) => {
        const [a, b, d] = xs.sort();
        expect(businessMinutesBetween(c, z, a!, b!) + businessMinutesBetween(c, z, b!, d!)).toBe(businessMinutesBetween(c, z, a!, d!));
      }),
      { numRuns: 300 },
    );
  });

  it('grows with the later instant', () => {
    fc.assert(
      fc.property(calendar, zone, instant, instant, instant, (c, z, a, x, y) => {
        const [b, d] = [x, y].sort();
        expect(businessMinutesBetween(c, z, a, b!)).toBeLessThanOrEqual(businessMinutesBetween(c, z, a, d!));
      }),
      { numRuns: 300 },
    );
  });

  it('counts nothing within a holiday, whatever the hours', () => {
    const holidays = STATE_COUNCIL_2026.filter((d) => d.kind === 'holiday');
    fc.assert(
      fc.property(
        calendar,
        fc.constantFrom(...holidays),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        (c, h, m1, m2) => {
          const t = (m: number) => sh(`${h.day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
          expect(businessMinutesBetween(c, SHANGHAI, t(Math.min(m1, m2)), t(Math.max(m1, m2)))).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('special days', () => {
  it('knows a date when it sees one', () => {
    for (const good of ['2026-02-28', '2028-02-29', '2026-12-31']) expect(isDay(good), good).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '20260101', '2026-01-01T00:00', '']) expect(isDay(bad), bad).toBe(false);
  });

  it('refuses a bad date, an empty name, and a make-up working day on a weekday', () => {
    expect(refuseDay('2026-02-30', 'holiday', '春节')).toEqual({ code: 'calendar.day_invalid', field: 'day' });
    expect(refuseDay('2026-10-01', 'holiday', '  ')).toEqual({ code: 'calendar.name_required', field: 'name' });
    expect(refuseDay('2026-10-09', 'workday', '国庆节')).toEqual({ code: 'calendar.workday_not_weekend', field: 'kind' });
    expect(refuseDay('2026-10-10', 'workday', '国庆节')).toBeNull();
    // a holiday may fall on any day, a weekend included
    expect(refuseDay('2026-10-04', 'holiday', '国庆节')).toBeNull();
  });

  it('accepts the State Council’s 2026 notice as an import of 2026, and names every wrong line of another', () => {
    expect(checkYearImport(2026, STATE_COUNCIL_2026)).toEqual([]);
    expect(
      checkYearImport(2027, [
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
        { day: '2026-12-31', kind: 'holiday', name: '元旦' },
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
        { day: '2027-01-05', kind: 'workday', name: '元旦' },
        { day: '2027-02-31', kind: 'holiday', name: '春节' },
      ]),
    ).toEqual([
      { index: 1, code: 'calendar.day_outside_year', field: 'day' },
      { index: 2, code: 'calendar.day_duplicate', field: 'day' },
      { index: 3, code: 'calendar.workday_not_weekend', field: 'kind' },
      { index: 4, code: 'calendar.day_invalid', field: 'day' },
    ]);
  });
});
