import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stayCharge, type TemporaryRate } from './parking-charge.rules.js';
import { excelDateText, parseLocalTime, recordKey, settleStay } from './parking-stay.rules.js';

const TZ = 'Asia/Shanghai';
/** 翠竹园 P1: 15 free minutes, ¥5 an hour, ¥1 an hour at night, at most ¥30 a day. */
const P1: TemporaryRate = {
  freeMinutes: 15,
  unitMinutes: 60,
  unitFen: 500,
  night: { from: '22:00', to: '07:00', unitFen: 100 },
  dailyCapFen: 3000,
  stayCapFen: null,
};
const standard = { id: 'std-p1', rate: P1 };
const pass = { passId: 'pass-1', vehicleId: 'veh-1' };
const at = (local: string) => parseLocalTime(local, TZ)!;

describe('settleStay', () => {
  it('charges a visitor by the standard: 2 h 10 min in the day is 3 units, ¥15', () => {
    const s = settleStay({ entryAt: at('2026-11-05 09:00'), exitAt: at('2026-11-05 11:10'), standard, pass: null, timeZone: TZ });
    expect(s).toMatchObject({ state: 'due', chargeFen: 1500, standardId: 'std-p1', passId: null });
  });

  it('lets a stay within the free minutes out free, by the standard', () => {
    const s = settleStay({ entryAt: at('2026-11-05 09:00'), exitAt: at('2026-11-05 09:15'), standard, pass: null, timeZone: TZ });
    expect(s).toMatchObject({ state: 'free', chargeFen: 0, standardId: 'std-p1' });
  });

  it('charges an overnight stay at the night price and caps it per day', () => {
    // 20:00 → 08:00: 2 day units (20, 21), 9 night units (22–06), 1 day unit (07) = 3×500 + 9×100 = 2400
    const s = settleStay({ entryAt: at('2026-11-05 20:00'), exitAt: at('2026-11-06 08:00'), standard, pass: null, timeZone: TZ });
    expect(s.chargeFen).toBe(2400);
    const long = settleStay({ entryAt: at('2026-11-05 08:00'), exitAt: at('2026-11-05 23:00'), standard, pass: null, timeZone: TZ });
    expect(long.chargeFen).toBe(3000);
  });

  it('does not charge a pass vehicle per stay, with or without a standard', () => {
    for (const std of [standard, null]) {
      const s = settleStay({ entryAt: at('2026-11-05 08:00'), exitAt: at('2026-11-05 23:00'), standard: std, pass, timeZone: TZ });
      expect(s).toEqual({ state: 'pass', chargeFen: 0, standardId: null, passId: 'pass-1', vehicleId: 'veh-1', charge: null });
    }
  });

  it('charges nothing without a standard in force, and says so', () => {
    const s = settleStay({ entryAt: at('2026-11-05 08:00'), exitAt: at('2026-11-05 12:00'), standard: null, pass: null, timeZone: TZ });
    expect(s).toMatchObject({ state: 'no_standard', chargeFen: null, standardId: null });
  });

  it('agrees with stayCharge for any stay, and is due exactly when the charge is not 0', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 1440 }), fc.integer({ min: 0, max: 4 * 1440 }), (offset, minutes) => {
        const entryAt = new Date(start + offset * 60_000).toISOString();
        const exitAt = new Date(start + (offset + minutes) * 60_000).toISOString();
        const s = settleStay({ entryAt, exitAt, standard, pass: null, timeZone: TZ });
        const expected = stayCharge(P1, entryAt, exitAt, TZ).chargeFen;
        expect(s.chargeFen).toBe(expected);
        expect(s.state).toBe(expected === 0 ? 'free' : 'due');
      }),
    );
  });
});

describe('parseLocalTime', () => {
  it('reads the gate formats as local time in the zone', () => {
    expect(parseLocalTime('2026-11-05 08:03', TZ)).toBe('2026-11-05T00:03:00.000Z');
    expect(parseLocalTime('2026/11/05 08:03:15', TZ)).toBe('2026-11-05T00:03:15.000Z');
    expect(parseLocalTime('2026/1/5 8:03', TZ)).toBe('2026-01-05T00:03:00.000Z');
    expect(parseLocalTime('2026-11-05 00:30', TZ)).toBe('2026-11-04T16:30:00.000Z');
  });

  it('refuses what is not a time of a real day', () => {
    for (const bad of [
      '',
      '2026-11-05',
      '08:03',
      '2026-02-30 08:00',
      '2026-13-01 08:00',
      '2026-11-05 24:00',
      '5/11/2026 08:00',
      'yesterday',
    ])
      expect(parseLocalTime(bad, TZ), bad).toBeNull();
  });

  it('reads a wall clock in a zone with daylight saving by the offset of that day', () => {
    expect(parseLocalTime('2026-07-01 12:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z');
    expect(parseLocalTime('2026-12-01 12:00', 'Europe/Berlin')).toBe('2026-12-01T11:00:00.000Z');
  });

  it('reads back an Excel date cell as the wall clock it shows', () => {
    expect(parseLocalTime(excelDateText(new Date(Date.UTC(2026, 10, 5, 8, 3, 0))), TZ)).toBe('2026-11-05T00:03:00.000Z');
  });
});

describe('recordKey', () => {
  it('is the gate record number when there is one, else plate and entry, else plate and exit', () => {
    expect(recordKey({ recordNo: 'R0001', plate: '粤B12345', entryAt: 'e', exitAt: 'x' })).toBe('no:R0001');
    expect(recordKey({ recordNo: '', plate: '粤B12345', entryAt: 'e', exitAt: 'x' })).toBe('in:粤B12345@e');
    expect(recordKey({ recordNo: '', plate: '粤B12345', entryAt: null, exitAt: 'x' })).toBe('out:粤B12345@x');
  });
});
