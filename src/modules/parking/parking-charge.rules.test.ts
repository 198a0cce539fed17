import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAP_PERIOD_MINUTES,
  clockMinutes,
  inNight,
  ParkingChargeError,
  stayCharge,
  type TemporaryRate,
  validateRate,
} from './parking-charge.rules.js';

const SHANGHAI = 'Asia/Shanghai';
const NEW_YORK = 'America/New_York';

/** ¥5 an hour or part of it, 15 minutes free, no night rate, no caps. */
const hourly: TemporaryRate = { freeMinutes: 15, unitMinutes: 60, unitFen: 500, night: null, dailyCapFen: null, stayCapFen: null };
/** The same with a night rate of ¥1 an hour from 22:00 to 07:00. */
const withNight: TemporaryRate = { ...hourly, night: { from: '22:00', to: '07:00', unitFen: 100 } };

const at = (iso: string) => new Date(iso).toISOString();
const thrownCode = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof ParkingChargeError ? e.code : `not a ParkingChargeError: ${String(e)}`;
  }
};

describe('clock times and the night window', () => {
  it('reads HH:MM and nothing else', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('07:30')).toBe(450);
    expect(clockMinutes('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:30', '07:60', '0730', '07:30:00', '']) expect(clockMinutes(bad), bad).toBeNull();
  });
  it('wraps midnight when the night ends before it begins', () => {
    const [from, to] = [clockMinutes('22:00')!, clockMinutes('07:00')!];
    expect([21 * 60 + 59, 22 * 60, 0, 6 * 60 + 59, 7 * 60].map((m) => inNight(m, from, to))).toEqual([false, true, true, true, false]);
    const [early, late] = [clockMinutes('01:00')!, clockMinutes('05:00')!];
    expect([59, 60, 299, 300].map((m) => inNight(m, early, late))).toEqual([false, true, true, false]);
  });
});

describe('validateRate', () => {
  it('accepts a usual standard', () => {
    expect(validateRate(hourly)).toEqual([]);
    expect(validateRate({ ...withNight, dailyCapFen: 3000, stayCapFen: 20_000 })).toEqual([]);
    expect(validateRate({ ...hourly, freeMinutes: 0, unitFen: 0, dailyCapFen: 0, stayCapFen: 0 })).toEqual([]);
  });
  it('names each field that is wrong, with a stable code', () => {
    expect(validateRate({ ...hourly, freeMinutes: -1 })).toEqual([{ field: 'freeMinutes', code: 'parking_rate.free_minutes_invalid' }]);
    expect(validateRate({ ...hourly, freeMinutes: 1441 })).toEqual([{ field: 'freeMinutes', code: 'parking_rate.free_minutes_invalid' }]);
    expect(validateRate({ ...hourly, unitMinutes: 0 })).toEqual([{ field: 'unitMinutes', code: 'parking_rate.unit_minutes_invalid' }]);
    expect(validateRate({ ...hourly, unitMinutes: 7 })).toEqual([
      { field: 'unitMinutes', code: 'parking_rate.unit_minutes_not_divisor_of_day' },
    ]);
    expect(validateRate({ ...hourly, unitFen: 4.5 })).toEqual([{ field: 'unitFen', code: 'parking_rate.fen_invalid' }]);
    expect(validateRate({ ...hourly, night: { from: '22:00', to: '7:00', unitFen: -1 } })).toEqual([
      { field: 'night.to', code: 'parking_rate.clock_invalid' },
      { field: 'night.unitFen', code: 'parking_rate.fen_invalid' },
    ]);
    expect(validateRate({ ...hourly, night: { from: '22:00', to: '22:00', unitFen: 100 } })).toEqual([
      { field: 'night.to', code: 'parking_rate.night_window_empty' },
    ]);
  });
  it('refuses caps below the dearer unit, and a stay cap below the daily cap', () => {
    const dearNight = { ...hourly, night: { from: '22:00', to: '07:00', unitFen: 800 } };
    expect(validateRate({ ...dearNight, dailyCapFen: 700 })).toEqual([{ field: 'dailyCapFen', code: 'parking_rate.cap_below_unit' }]);
    expect(validateRate({ ...hourly, stayCapFen: 499 })).toEqual([{ field: 'stayCapFen', code: 'parking_rate.cap_below_unit' }]);
    expect(validateRate({ ...hourly, dailyCapFen: 3000, stayCapFen: 2999 })).toEqual([
      { field: 'stayCapFen', code: 'parking_rate.stay_cap_below_daily_cap' },
    ]);
    expect(validateRate({ ...hourly, dailyCapFen: -5 })).toEqual([{ field: 'dailyCapFen', code: 'parking_rate.fen_invalid' }]);
  });
});

describe('stayCharge: stays a guard would recognise (Asia/Shanghai)', () => {
  it('charges 2 h 10 min at ¥5 an hour or part of it as 3 hours: ¥15', () => {
    // 09:00 → 11:10 Shanghai
    const c = stayCharge(hourly, '2026-11-27T01:00:00Z', '2026-11-27T03:10:00Z', SHANGHAI);
    expect(c).toMatchObject({ chargeFen: 1500, stayMinutes: 130, billedMinutes: 180, withinFreeMinutes: false });
    expect(c.breakdown).toEqual([
      {
        period: 1,
        from: at('2026-11-27T01:00:00Z'),
        to: at('2026-11-27T03:10:00Z'),
        dayUnits: 3,
        nightUnits: 0,
        listFen: 1500,
        chargeFen: 1500,
        cap: null,
      },
    ]);
  });

  it('lets a stay within the free minutes go for nothing, and charges the whole stay beyond them', () => {
    const entry = '2026-11-27T01:00:00Z';
    expect(stayCharge(hourly, entry, entry, SHANGHAI)).toEqual({
      chargeFen: 0,
      stayMinutes: 0,
      billedMinutes: 0,
      withinFreeMinutes: true,
      breakdown: [],
    });
    expect(stayCharge(hourly, entry, '2026-11-27T01:15:00Z', SHANGHAI).chargeFen).toBe(0);
    // 15 min 1 s is 16 begun minutes: beyond the free 15, so the first hour is charged
    const over = stayCharge(hourly, entry, '2026-11-27T01:15:01Z', SHANGHAI);
    expect(over).toMatchObject({ chargeFen: 500, stayMinutes: 16, withinFreeMinutes: false });
    // 75 minutes: the free 15 are not deducted, 2 hours are charged
    expect(stayCharge(hourly, entry, '2026-11-27T02:15:00Z', SHANGHAI).chargeFen).toBe(1000);
  });

  it('charges each hour at the rate of the clock when it begins, over midnight', () => {
    // 20:30 → 00:45: hours begin 20:30, 21:30 (day), 22:30, 23:30, 00:30 (night)
    const c = stayCharge(withNight, '2026-11-27T12:30:00Z', '2026-11-27T16:45:00Z', SHANGHAI);
    expect(c.chargeFen).toBe(2 * 500 + 3 * 100);
    expect(c.breakdown).toMatchObject([{ dayUnits: 2, nightUnits: 3, listFen: 1300, chargeFen: 1300, cap: null }]);
    // 21:30 → 23:00: the hour begun at 21:30 is a day hour though it ends in the night
    expect(stayCharge(withNight, '2026-11-27T13:30:00Z', '2026-11-27T15:00:00Z', SHANGHAI).chargeFen).toBe(600);
    // 06:30 → 07:40: 06:30 is night, 07:30 is day
    expect(stayCharge(withNight, '2026-11-26T22:30:00Z', '2026-11-26T23:40:00Z', SHANGHAI).chargeFen).toBe(600);
  });

  it('reads the night in the organisation zone, across a month end (2026-11-30 23:30 → 2026-12-01 01:10)', () => {
    // in UTC the stay is 15:30 → 17:10 on 30 November, all "day": only the zone makes it night
    const entry = '2026-11-30T15:30:00Z';
    const exit = '2026-11-30T17:10:00Z';
    const c = stayCharge(withNight, entry, exit, SHANGHAI);
    expect(c).toMatchObject({ chargeFen: 200, stayMinutes: 100, billedMinutes: 120 });
    expect(c.breakdown).toEqual([
      { period: 1, from: at(entry), to: at(exit), dayUnits: 0, nightUnits: 2, listFen: 200, chargeFen: 200, cap: null },
    ]);
    expect(stayCharge(withNight, entry, exit, 'UTC').chargeFen).toBe(1000);
    // one cap period, not two natural days: a ¥8 daily cap caps the whole stay once
    const capped = stayCharge({ ...hourly, dailyCapFen: 800 }, entry, exit, SHANGHAI);
    expect(capped.chargeFen).toBe(800);
    expect(capped.breakdown).toMatchObject([{ listFen: 1000, chargeFen: 800, cap: 'daily' }]);
  });

  it('caps each 24 hours of a 3-day stay at the daily cap', () => {
    // Friday 08:00 → Monday 07:00: 71 hours = 24 + 24 + 23 hours at ¥5, each period capped at ¥30
    const rate = { ...hourly, dailyCapFen: 3000 };
    const entry = '2026-11-27T00:00:00Z';
    const exit = '2026-11-29T23:00:00Z';
    const c = stayCharge(rate, entry, exit, SHANGHAI);
    expect(c.chargeFen).toBe(9000);
    expect(c.breakdown.map((p) => [p.from, p.to, p.dayUnits, p.listFen, p.chargeFen, p.cap])).toEqual([
      [at('2026-11-27T00:00:00Z'), at('2026-11-28T00:00:00Z'), 24, 12_000, 3000, 'daily'],
      [at('2026-11-28T00:00:00Z'), at('2026-11-29T00:00:00Z'), 24, 12_000, 3000, 'daily'],
      [at('2026-11-29T00:00:00Z'), at(exit), 23, 11_500, 3000, 'daily'],
    ]);
    // a last period under the cap is charged as it runs: 50 hours = ¥30 + ¥30 + 2 × ¥5
    expect(stayCharge(rate, entry, '2026-11-29T02:00:00Z', SHANGHAI).breakdown.map((p) => p.chargeFen)).toEqual([3000, 3000, 1000]);
  });

  it('stops at the cap per stay, taken from the periods in order', () => {
    const rate = { ...hourly, dailyCapFen: 3000, stayCapFen: 8000 };
    const c = stayCharge(rate, '2026-11-27T00:00:00Z', '2026-11-30T12:00:00Z', SHANGHAI);
    expect(c.chargeFen).toBe(8000);
    expect(c.breakdown.map((p) => [p.chargeFen, p.cap])).toEqual([
      [3000, 'daily'],
      [3000, 'daily'],
      [2000, 'stay'],
      [0, 'stay'],
    ]);
  });
});

describe('stayCharge across a daylight-saving switch (America/New_York)', () => {
  it('charges the real hours of the night the clocks go forward (8 March 2026, 02:00 → 03:00)', () => {
    // 00:30 EST → 04:30 EDT reads as 4 hours on the clock but is 3 real hours
    const c = stayCharge(withNight, '2026-03-08T05:30:00Z', '2026-03-08T08:30:00Z', NEW_YORK);
    expect(c).toMatchObject({ chargeFen: 300, stayMinutes: 180 });
    // hours begin 00:30, 01:30 EST and 03:30 EDT: with the night ending at 03:00 the third is a day hour
    const early = { ...hourly, night: { from: '22:00', to: '03:00', unitFen: 100 } };
    const e = stayCharge(early, '2026-03-08T05:30:00Z', '2026-03-08T08:30:00Z', NEW_YORK);
    expect(e.breakdown).toMatchObject([{ dayUnits: 1, nightUnits: 2 }]);
    expect(e.chargeFen).toBe(700);
  });

  it('charges the real hours of the night the clocks go back (1 November 2026, 02:00 → 01:00)', () => {
    // 00:30 EDT → 04:30 EST: 5 real hours; they begin 00:30, 01:30 EDT, 01:30, 02:30, 03:30 EST
    const rate = { ...hourly, night: { from: '00:00', to: '02:30', unitFen: 100 } };
    const c = stayCharge(rate, '2026-11-01T04:30:00Z', '2026-11-01T09:30:00Z', NEW_YORK);
    expect(c.breakdown).toMatchObject([{ dayUnits: 2, nightUnits: 3 }]);
    expect(c.chargeFen).toBe(3 * 100 + 2 * 500);
  });

  it('takes a cap period as 24 real hours, not a clock day', () => {
    const rate = { ...hourly, dailyCapFen: 3000 };
    // Saturday 12:00 EST → Sunday 12:00 EDT is 23 hours: one period
    expect(stayCharge(rate, '2026-03-07T17:00:00Z', '2026-03-08T16:00:00Z', NEW_YORK).breakdown).toMatchObject([
      { dayUnits: 23, chargeFen: 3000, cap: 'daily' },
    ]);
    // Sunday 13:01 EDT is 24 h 1 min: a second period begins, with its one hour
    const c = stayCharge(rate, '2026-03-07T17:00:00Z', '2026-03-08T17:01:00Z', NEW_YORK);
    expect(c.breakdown.map((p) => [p.dayUnits, p.chargeFen])).toEqual([
      [24, 3000],
      [1, 500],
    ]);
  });
});

describe('stayCharge refuses what it cannot price', () => {
  it('throws exit_before_entry, by a millisecond too', () => {
    expect(thrownCode(() => stayCharge(hourly, '2026-11-27T01:00:00.000Z', '2026-11-27T00:59:59.999Z', SHANGHAI))).toBe(
      'parking_stay.exit_before_entry',
    );
  });
  it('throws instant_invalid for a time without a zone, or no time at all', () => {
    for (const bad of ['2026-11-27T09:00:00', '2026-11-27', 'yesterday', '2026-13-01T00:00:00Z']) {
      expect(
        thrownCode(() => stayCharge(hourly, bad, '2026-11-28T00:00:00Z', SHANGHAI)),
        bad,
      ).toBe('parking_stay.instant_invalid');
    }
    // a zone offset is an instant too: 09:00+08:00 is 01:00Z
    expect(stayCharge(hourly, '2026-11-27T09:00+08:00', '2026-11-27T03:10:00.123456Z', SHANGHAI).chargeFen).toBe(1500);
  });
  it('throws parking_rate.invalid with the problems as field errors', () => {
    const e = (() => {
      try {
        stayCharge({ ...hourly, unitMinutes: 7 }, '2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z', SHANGHAI);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ParkingChargeError);
    expect(e).toMatchObject({ code: 'parking_rate.invalid', kind: 'unprocessable' });
    expect((e as ParkingChargeError).errors.map((f) => f.code)).toEqual(['parking_rate.unit_minutes_not_divisor_of_day']);
  });
  it('throws for an unknown time zone, even without a night rate', () => {
    expect(() => stayCharge(hourly, '2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z', 'Asia/Atlantis')).toThrow(RangeError);
  });
});

// --- properties ------------------------------------------------------------------------------------------------

/** Zones with whole-hour, half-hour (Lord Howe's DST) and 45-minute (Kathmandu) offsets, with and without DST. */
const ZONES = [SHANGHAI, NEW_YORK, 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'] as const;
/** Some daylight-saving switches, so generated stays cross them often. */
const SWITCHES = ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-04T15:00:00Z'];
const DIVISORS_OF_DAY = [1, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 720, 1440];
const DAY_MS = 86_400_000;
const MAX_STAY_MS = 4 * DAY_MS;

const clockArb = fc.oneof(
  fc.constantFrom('22:00', '07:00', '00:00', '20:00', '08:00', '23:30', '06:30'),
  fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
);

/** A valid temporary rate: caps drawn at or above the dearer unit (and a stay cap at or above the daily cap). */
const rateArb: fc.Arbitrary<TemporaryRate> = fc
  .record({
    freeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })),
    unitMinutes: fc.constantFrom(...DIVISORS_OF_DAY),
    unitFen: fc.integer({ min: 0, max: 2000 }),
    night: fc.option(fc.record({ from: clockArb, to: clockArb, unitFen: fc.integer({ min: 0, max: 2000 }) }), { nil: null }),
    dailyExtra: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
    stayExtra: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null }),
  })
  .filter((r) => r.night === null || r.night.from !== r.night.to)
  .map(({ dailyExtra, stayExtra, ...r }) => {
    const dearest = Math.max(r.unitFen, r.night?.unitFen ?? 0);
    const dailyCapFen = dailyExtra === null ? null : dearest + dailyExtra;
    return { ...r, dailyCapFen, stayCapFen: stayExtra === null ? null : (dailyCapFen ?? dearest) + stayExtra };
  });

const entryArb = fc
  .oneof(
    fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }),
    fc.tuple(fc.constantFrom(...SWITCHES), fc.integer({ min: -2 * DAY_MS, max: DAY_MS })).map(([s, d]) => Date.parse(s) + d),
  )
  .map((ms) => new Date(ms).toISOString());

/** A stay's length in ms: often short (around the free minutes and the first units), sometimes days. */
const stayMsArb = fc.oneof(
  fc.integer({ min: 0, max: 3 * 3_600_000 }),
  fc.integer({ min: 0, max: MAX_STAY_MS }),
  fc.integer({ min: 0, max: 240 }).map((m) => m * 60_000),
);

const exitOf = (entry: string, ms: number) => new Date(Date.parse(entry) + ms).toISOString();

/**
 * The rule again, written the slow, plain way: every unit's local clock is read with its own Intl call as an
 * `HH:MM` string and compared as text with the night window; the cap period is the unit's index × unit ÷ 1440.
 */
function referenceCharge(rate: TemporaryRate, entry: string, exit: string, timeZone: string) {
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const minutes = Math.ceil((Date.parse(exit) - Date.parse(entry)) / 60_000);
  if (minutes <= rate.freeMinutes) return { chargeFen: 0, periods: [] as { day: number; night: number }[] };
  const periods: { day: number; night: number }[] = [];
  for (let k = 0; k * rate.unitMinutes < minutes; k++) {
    const hhmm = clock.format(new Date(Date.parse(entry) + k * rate.unitMinutes * 60_000));
    const n = rate.night;
    const isNight = n !== null && (n.from < n.to ? hhmm >= n.from && hhmm < n.to : hhmm >= n.from || hhmm < n.to);
    const p = Math.floor((k * rate.unitMinutes) / CAP_PERIOD_MINUTES);
    periods[p] ??= { day: 0, night: 0 };
    periods[p][isNight ? 'night' : 'day']++;
  }
  let total = 0;
  for (const p of periods) {
    const list = p.day * rate.unitFen + p.night * (rate.night?.unitFen ?? 0);
    total += rate.dailyCapFen === null ? list : Math.min(list, rate.dailyCapFen);
  }
  return { chargeFen: rate.stayCapFen === null ? total : Math.min(total, rate.stayCapFen), periods };
}

const zoneArb = fc.constantFrom(...ZONES);

describe('stayCharge: properties', () => {
  it('generates only rates validateRate accepts (so the properties below speak of valid standards)', () => {
    fc.assert(
      fc.property(rateArb, (rate) => {
        expect(validateRate(rate)).toEqual([]);
      }),
    );
  });

  it('agrees with the plain per-unit reference, in zones with and without daylight saving', () => {
    fc.assert(
      fc.property(rateArb, entryArb, stayMsArb, zoneArb, (rate, entry, ms, zone) => {
        const exit = exitOf(entry, ms);
        const c = stayCharge(rate, entry, exit, zone);
        const ref = referenceCharge(rate, entry, exit, zone);
        expect(c.chargeFen).toBe(ref.chargeFen);
        expect(c.breakdown.map((p) => ({ day: p.dayUnits, night: p.nightUnits }))).toEqual(ref.periods);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the reference for stays around a switch of their own zone, with a night rate', () => {
    const switchArb = fc.constantFrom(
      { zone: NEW_YORK, at: '2026-03-08T07:00:00Z' },
      { zone: NEW_YORK, at: '2026-11-01T06:00:00Z' },
      { zone: 'Europe/London', at: '2026-03-29T01:00:00Z' },
      { zone: 'Europe/London', at: '2026-10-25T01:00:00Z' },
      { zone: 'Australia/Lord_Howe', at: '2026-04-04T15:00:00Z' },
      { zone: 'Australia/Lord_Howe', at: '2026-10-03T15:30:00Z' },
    );
    const nightRateArb = rateArb
      .filter((r) => r.night !== null && r.unitMinutes <= 60)
      .map((r) => ({ ...r, unitFen: r.unitFen + 1, night: { ...r.night!, unitFen: r.unitFen + 2 } }));
    fc.assert(
      fc.property(
        nightRateArb,
        switchArb,
        fc.integer({ min: -26 * 60, max: 0 }),
        fc.integer({ min: 0, max: 28 * 60 }),
        (rate, s, before, minutes) => {
          const entry = new Date(Date.parse(s.at) + before * 60_000).toISOString();
          const exit = exitOf(entry, minutes * 60_000);
          const c = stayCharge({ ...rate, dailyCapFen: null, stayCapFen: null }, entry, exit, s.zone);
          const ref = referenceCharge({ ...rate, dailyCapFen: null, stayCapFen: null }, entry, exit, s.zone);
          expect(c.breakdown.map((p) => ({ day: p.dayUnits, night: p.nightUnits }))).toEqual(ref.periods);
          expect(c.chargeFen).toBe(ref.chargeFen);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is never negative, and 0 within the free minutes', () => {
    fc.assert(
      fc.property(rateArb, entryArb, stayMsArb, zoneArb, (rate, entry, ms, zone) => {
        const c = stayCharge(rate, entry, exitOf(entry, ms), zone);
        expect(c.chargeFen).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(c.chargeFen)).toBe(true);
        if (ms <= rate.freeMinutes * 60_000) expect(c).toMatchObject({ chargeFen: 0, withinFreeMinutes: true, breakdown: [] });
        else expect(c.withinFreeMinutes).toBe(false);
      }),
    );
  });

  it('charges the whole stay once beyond the free minutes (they are not deducted)', () => {
    fc.assert(
      fc.property(rateArb, entryArb, stayMsArb, zoneArb, (rate, entry, ms, zone) => {
        fc.pre(ms > rate.freeMinutes * 60_000);
        const exit = exitOf(entry, ms);
        expect(stayCharge(rate, entry, exit, zone)).toEqual(stayCharge({ ...rate, freeMinutes: 0 }, entry, exit, zone));
      }),
    );
  });

  it('is never above the stay cap, nor the daily cap times the 24-hour periods the stay touches', () => {
    fc.assert(
      fc.property(rateArb, entryArb, stayMsArb, zoneArb, (rate, entry, ms, zone) => {
        const c = stayCharge(rate, entry, exitOf(entry, ms), zone);
        if (rate.stayCapFen !== null) expect(c.chargeFen).toBeLessThanOrEqual(rate.stayCapFen);
        if (c.withinFreeMinutes) return;
        const periods = Math.ceil(Math.ceil(ms / 60_000) / CAP_PERIOD_MINUTES);
        expect(c.breakdown).toHaveLength(periods);
        if (rate.dailyCapFen !== null) {
          expect(c.chargeFen).toBeLessThanOrEqual(rate.dailyCapFen * periods);
          for (const p of c.breakdown) expect(p.chargeFen).toBeLessThanOrEqual(rate.dailyCapFen);
        }
      }),
    );
  });

  it('is monotone: for a fixed entry, a later exit never costs less', () => {
    const laterArb = fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: DAY_MS }));
    fc.assert(
      fc.property(rateArb, entryArb, stayMsArb, laterArb, zoneArb, (rate, entry, ms, later, zone) => {
        const sooner = stayCharge(rate, entry, exitOf(entry, ms), zone);
        const afterwards = stayCharge(rate, entry, exitOf(entry, ms + later), zone);
        expect(afterwards.chargeFen).toBeGreaterThanOrEqual(sooner.chargeFen);
        expect(afterwards.billedMinutes).toBeGreaterThanOrEqual(sooner.billedMinutes);
      }),
      { numRuns: 300 },
    );
  });

  it('has a breakdown that adds up: the charge, the units, the minutes billed', () => {
    fc.assert(
      fc.property(rateArb, entryArb, stayMsArb, zoneArb, (rate, entry, ms, zone) => {
        const exit = exitOf(entry, ms);
        const c = stayCharge(rate, entry, exit, zone);
        expect(c.breakdown.reduce((s, p) => s + p.chargeFen, 0)).toBe(c.chargeFen);
        const units = c.breakdown.reduce((s, p) => s + p.dayUnits + p.nightUnits, 0);
        expect(units * rate.unitMinutes).toBe(c.billedMinutes);
        if (!c.withinFreeMinutes) {
          // the units cover the stay, and no whole unit more
          expect(c.billedMinutes).toBeGreaterThanOrEqual(c.stayMinutes);
          expect(c.billedMinutes - c.stayMinutes).toBeLessThan(rate.unitMinutes);
          expect(c.breakdown.at(-1)!.to).toBe(exit);
        }
        for (const p of c.breakdown) {
          expect(p.listFen).toBe(p.dayUnits * rate.unitFen + p.nightUnits * (rate.night?.unitFen ?? 0));
          expect(p.chargeFen).toBeLessThanOrEqual(p.listFen);
          // a cap is named exactly when the period costs less than its list price; the daily one cuts to the cap
          expect(p.cap === null).toBe(p.chargeFen === p.listFen);
          if (p.cap === 'daily') expect(p.chargeFen).toBe(rate.dailyCapFen);
        }
      }),
    );
  });

  it('refuses any exit before the entry', () => {
    fc.assert(
      fc.property(rateArb, entryArb, fc.integer({ min: 1, max: MAX_STAY_MS }), zoneArb, (rate, entry, ms, zone) => {
        expect(thrownCode(() => stayCharge(rate, entry, exitOf(entry, -ms), zone))).toBe('parking_stay.exit_before_entry');
      }),
    );
  });
});
