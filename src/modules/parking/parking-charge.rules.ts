import { DomainError } from '../../platform/http/errors.js';
import { checkTimeZone, zoneOffsetMinutes } from '../../platform/time.js';

/**
 * 临时停车收费 (A2.4.1.2): the price of one temporary stay in a car park, a pure function of the standard's
 * temporary rate, the entry and exit instants and the organisation's time zone. Monthly passes are not priced
 * here; a car on a pass never reaches this rule.
 *
 * The rule, in the order it applies:
 *
 * 1. The stay's length is counted in whole minutes, a begun minute counting (15 min 1 s is 16 minutes).
 * 2. Free minutes: a stay no longer than the free minutes costs 0 (an exit at exactly the free minutes is free).
 *    Beyond them the WHOLE stay is charged from the entry, the free minutes are not deducted — the common
 *    practice in Chinese car parks (a grace period to drop off or turn round, not a discount on every stay), and
 *    the one that makes a long stay's price the same whatever the free minutes are.
 * 3. Units: the stay is cut into billing units of `unitMinutes` counted from the entry ("an hour or part of it"
 *    is `unitMinutes: 60`); the last unit, begun, is charged whole.
 * 4. Night rate: each unit is charged at the rate in force at the local clock time (the organisation's zone) at
 *    which it BEGINS — the night unit price when it begins inside the night window, the day price otherwise. A unit
 *    is never split between two prices, so a 20-minute stay is never charged two units because it crossed 22:00.
 *    The clock is read for the real instant, so a daylight-saving switch moves the window, never the units.
 * 5. Daily cap: per 24 hours from the entry (the cap period), not per natural day. A car that comes at 23:30 and
 *    leaves at 01:10 meets one cap, not two; the number of caps a stay can meet is ⌈billed minutes ÷ 1440⌉,
 *    the same in every zone and across a daylight-saving switch (a natural day there has 23 or 25 hours). Each
 *    unit belongs to the cap period it begins in; `unitMinutes` must divide 1440, so no unit straddles two periods.
 * 6. Stay cap: bounds the whole stay's total. It is taken from the cap periods in order, so the breakdown still
 *    sums to the charge: the period that reaches it is cut down to what is left, and later periods cost 0.
 *
 * Money is integer fen throughout, with no division, so no rounding ever happens.
 */

/** Minutes in a cap period (24 hours) and in a clock day. */
export const CAP_PERIOD_MINUTES = 1440;

/** A night window and its unit price: units beginning from `from` (included) until `to` (excluded), local time. */
export interface NightRate {
  /** `HH:MM`, 24-hour clock, in the organisation's zone. */
  from: string;
  /** `HH:MM`; earlier than `from` means the night runs over midnight (`22:00`–`07:00`). */
  to: string;
  /** Fen per unit beginning in the night. */
  unitFen: number;
}

/** The temporary-parking part of a parking standard (临时停车收费标准). */
export interface TemporaryRate {
  /** A stay of at most this many minutes is free (0–1440). */
  freeMinutes: number;
  /** The billing unit in minutes; every begun unit is charged. Divides 1440 (15, 30, 60, 120…). */
  unitMinutes: number;
  /** Fen per unit in the day (or all the time when there is no night rate). */
  unitFen: number;
  /** The night window and price; null when the office sets none. */
  night: NightRate | null;
  /** The most a cap period (24 hours from the entry) costs; null = no daily cap. */
  dailyCapFen: number | null;
  /** The most a whole stay costs; null = no cap per stay. */
  stayCapFen: number | null;
}

export type ParkingRateProblemCode =
  | 'parking_rate.free_minutes_invalid'
  | 'parking_rate.unit_minutes_invalid'
  | 'parking_rate.unit_minutes_not_divisor_of_day'
  | 'parking_rate.fen_invalid'
  | 'parking_rate.clock_invalid'
  | 'parking_rate.night_window_empty'
  | 'parking_rate.cap_below_unit'
  | 'parking_rate.stay_cap_below_daily_cap';

/** One problem with one field of a temporary rate, as a form field path (`night.from`). */
export interface ParkingRateProblem {
  field: string;
  code: ParkingRateProblemCode;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an `HH:MM` clock time (`07:30` → 450); null when it is not one. */
export function clockMinutes(clock: string): number | null {
  const m = CLOCK.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Whether a local minute of the day (0–1439) lies in a night window; a window with `to` before `from` wraps midnight. */
export function inNight(minuteOfDay: number, from: number, to: number): boolean {
  return from < to ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

const isFen = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * What is wrong with a temporary rate; empty when it is good. Amounts are whole, non-negative fen. The free minutes
 * are 0 to 1440 (a whole day free would be a pass, not temporary parking). The unit is 1 to 1440 minutes and
 * divides 1440, so cap periods hold whole units. The night window's clock times are `HH:MM` and differ (an empty
 * or all-day night is said by `night: null` or by equal prices). A cap below the dearer unit price is refused (it
 * would charge the cap for any paid stay: a typing slip), and so is a stay cap below the daily cap (the daily cap
 * could never apply). Each field reports at most one problem.
 */
export function validateRate(rate: TemporaryRate): ParkingRateProblem[] {
  const problems: ParkingRateProblem[] = [];
  const add = (field: string, code: ParkingRateProblemCode) => problems.push({ field, code });
  const { freeMinutes, unitMinutes, unitFen, night, dailyCapFen, stayCapFen } = rate;

  if (!Number.isInteger(freeMinutes) || freeMinutes < 0 || freeMinutes > CAP_PERIOD_MINUTES) {
    add('freeMinutes', 'parking_rate.free_minutes_invalid');
  }
  if (!Number.isInteger(unitMinutes) || unitMinutes < 1 || unitMinutes > CAP_PERIOD_MINUTES) {
    add('unitMinutes', 'parking_rate.unit_minutes_invalid');
  } else if (CAP_PERIOD_MINUTES % unitMinutes !== 0) {
    add('unitMinutes', 'parking_rate.unit_minutes_not_divisor_of_day');
  }
  if (!isFen(unitFen)) add('unitFen', 'parking_rate.fen_invalid');

  if (night) {
    const from = clockMinutes(night.from);
    const to = clockMinutes(night.to);
    if (from === null) add('night.from', 'parking_rate.clock_invalid');
    if (to === null) add('night.to', 'parking_rate.clock_invalid');
    else if (from === to) add('night.to', 'parking_rate.night_window_empty');
    if (!isFen(night.unitFen)) add('night.unitFen', 'parking_rate.fen_invalid');
  }

  const prices = [unitFen, night?.unitFen ?? 0];
  const dearestUnit = prices.every(isFen) ? Math.max(...prices) : null;
  if (dailyCapFen !== null) {
    if (!isFen(dailyCapFen)) add('dailyCapFen', 'parking_rate.fen_invalid');
    else if (dearestUnit !== null && dailyCapFen < dearestUnit) add('dailyCapFen', 'parking_rate.cap_below_unit');
  }
  if (stayCapFen !== null) {
    if (!isFen(stayCapFen)) add('stayCapFen', 'parking_rate.fen_invalid');
    else if (dearestUnit !== null && stayCapFen < dearestUnit) add('stayCapFen', 'parking_rate.cap_below_unit');
    else if (isFen(dailyCapFen) && stayCapFen < dailyCapFen) add('stayCapFen', 'parking_rate.stay_cap_below_daily_cap');
  }
  return problems;
}

export type ParkingChargeErrorCode = 'parking_rate.invalid' | 'parking_stay.instant_invalid' | 'parking_stay.exit_before_entry';

/**
 * Why a stay could not be priced. `stayCharge` THROWS it rather than answering a refusal: every stay it is given
 * has a price, and a caller that forgot to check (an exit read before the entry, a bad clock at the gate) must fail
 * loudly rather than print a 0-fen receipt. It is a DomainError, so a route that lets it through answers 422/400
 * with the stable code; a rate's problems come as field errors.
 */
export class ParkingChargeError extends DomainError {
  declare readonly code: ParkingChargeErrorCode;

  constructor(code: ParkingChargeErrorCode, message: string, problems: readonly ParkingRateProblem[] = []) {
    super(
      code === 'parking_stay.instant_invalid' ? 'invalid' : 'unprocessable',
      code,
      message,
      problems.map((p) => ({ field: p.field, code: p.code, message: p.code })),
    );
    this.name = 'ParkingChargeError';
  }
}

/** An ISO 8601 instant: a date, a time and a zone designator (`Z` or `+08:00`); a local time without a zone is refused. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO instant; throws `parking_stay.instant_invalid` for anything else. */
export function instantMs(instant: string, field: 'entryAt' | 'exitAt'): number {
  const ms = INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new ParkingChargeError('parking_stay.instant_invalid', `${field} is not an ISO instant: ${instant}`);
  return ms;
}

/** The length of a stay in whole minutes, a begun minute counting (0 for an exit at the entry). */
export function stayMinutes(entryMs: number, exitMs: number): number {
  return Math.ceil((exitMs - entryMs) / 60_000);
}

/** Which cap cut a cap period's charge: the daily cap, the stay cap (what was left of it), or none. */
export type CapApplied = 'daily' | 'stay' | null;

/** One cap period (24 hours from the entry, the last one shorter) of a stay, for a guard's screen and the receipt. */
export interface StayPeriodCharge {
  /** 1 for the first 24 hours, 2 for the next… */
  period: number;
  /** The instant the period begins (the entry + 24 h × (period − 1)), ISO UTC. */
  from: string;
  /** The instant it ends: 24 hours later, or the exit if earlier. */
  to: string;
  /** Units beginning in the period outside the night window, at `unitFen`. */
  dayUnits: number;
  /** Units beginning in the night window, at the night `unitFen`. */
  nightUnits: number;
  /** The units at their prices, before any cap. */
  listFen: number;
  /** What the period costs after the caps. */
  chargeFen: number;
  /**
   * The cap that cut the period, null exactly when `chargeFen` equals `listFen`; 'stay' when the stay cap cut it
   * (below the daily cap too, if any), including the periods after the stay cap was reached, which cost 0.
   */
  cap: CapApplied;
}

/** The price of a stay. */
export interface StayCharge {
  /** What the driver pays, in fen; the periods' `chargeFen` add up to it. */
  chargeFen: number;
  /** The stay's length in whole minutes, a begun minute counting. */
  stayMinutes: number;
  /** The minutes the charged units cover (units × unitMinutes): 0 within the free minutes, else ≥ `stayMinutes`. */
  billedMinutes: number;
  /** The stay ended within the free minutes. */
  withinFreeMinutes: boolean;
  /** One line per cap period; empty within the free minutes. */
  breakdown: StayPeriodCharge[];
}

/** The local minute of the day (0–1439) of an instant, given the zone's offset at it. */
const localMinuteOfDay = (ms: number, offsetMinutes: number): number =>
  (((Math.floor(ms / 60_000) + offsetMinutes) % CAP_PERIOD_MINUTES) + CAP_PERIOD_MINUTES) % CAP_PERIOD_MINUTES;

/**
 * How many of `count` units, the first beginning at `firstMs`, begin in the night window. The zone's offset is read
 * at the period's two ends; when they agree it holds for the whole period (no zone switches its offset and back
 * within a day), so the clock is read without Intl for each unit; when they differ (a daylight-saving switch in the
 * period), it is read for each unit's own instant.
 */
function nightUnitsOf(firstMs: number, count: number, unitMs: number, night: { from: number; to: number }, timeZone: string): number {
  const offsetAtStart = zoneOffsetMinutes(new Date(firstMs), timeZone);
  const offsetAtEnd = zoneOffsetMinutes(new Date(firstMs + CAP_PERIOD_MINUTES * 60_000), timeZone);
  let nightUnits = 0;
  for (let i = 0; i < count; i++) {
    const at = firstMs + i * unitMs;
    const offset = offsetAtStart === offsetAtEnd ? offsetAtStart : zoneOffsetMinutes(new Date(at), timeZone);
    if (inNight(localMinuteOfDay(at, offset), night.from, night.to)) nightUnits++;
  }
  return nightUnits;
}

/**
 * The charge of one temporary stay (see the rule at the top of this file): `entryAt` and `exitAt` are ISO instants,
 * `timeZone` the organisation's IANA zone, in which the night window's clock times are read. Throws
 * `ParkingChargeError` for a rate `validateRate` refuses, an instant that is not ISO with a zone, or an exit before
 * the entry; an unknown zone throws Intl's RangeError (a setting of the organisation, not an input, so not a refusal).
 */
export function stayCharge(rate: TemporaryRate, entryAt: string, exitAt: string, timeZone: string): StayCharge {
  const problems = validateRate(rate);
  if (problems.length > 0) throw new ParkingChargeError('parking_rate.invalid', 'the temporary rate is not valid', problems);
  const entryMs = instantMs(entryAt, 'entryAt');
  const exitMs = instantMs(exitAt, 'exitAt');
  if (exitMs < entryMs) throw new ParkingChargeError('parking_stay.exit_before_entry', `exit ${exitAt} is before entry ${entryAt}`);
  checkTimeZone(timeZone); // an unknown zone fails here, with or without a night rate

  const minutes = stayMinutes(entryMs, exitMs);
  if (minutes <= rate.freeMinutes) return { chargeFen: 0, stayMinutes: minutes, billedMinutes: 0, withinFreeMinutes: true, breakdown: [] };

  const units = Math.ceil(minutes / rate.unitMinutes);
  const unitMs = rate.unitMinutes * 60_000;
  const unitsPerPeriod = CAP_PERIOD_MINUTES / rate.unitMinutes;
  const night = rate.night && { from: clockMinutes(rate.night.from)!, to: clockMinutes(rate.night.to)!, unitFen: rate.night.unitFen };

  const breakdown: StayPeriodCharge[] = [];
  let chargeFen = 0;
  for (let first = 0; first < units; first += unitsPerPeriod) {
    const count = Math.min(unitsPerPeriod, units - first);
    const fromMs = entryMs + first * unitMs;
    const nightUnits = night ? nightUnitsOf(fromMs, count, unitMs, night, timeZone) : 0;
    const dayUnits = count - nightUnits;
    const listFen = dayUnits * rate.unitFen + nightUnits * (night?.unitFen ?? 0);
    const dailyFen = rate.dailyCapFen === null ? listFen : Math.min(listFen, rate.dailyCapFen);
    const periodFen = rate.stayCapFen === null ? dailyFen : Math.min(dailyFen, rate.stayCapFen - chargeFen);
    const cap: CapApplied = periodFen < dailyFen ? 'stay' : dailyFen < listFen ? 'daily' : null;
    breakdown.push({
      period: breakdown.length + 1,
      from: new Date(fromMs).toISOString(),
      to: new Date(Math.min(fromMs + CAP_PERIOD_MINUTES * 60_000, exitMs)).toISOString(),
      dayUnits,
      nightUnits,
      listFen,
      chargeFen: periodFen,
      cap,
    });
    chargeFen += periodFen;
  }
  return { chargeFen, stayMinutes: minutes, billedMinutes: units * rate.unitMinutes, withinFreeMinutes: false, breakdown };
}
