import { addMonths } from '../../platform/months.js';
import type { Occupancy, UnitUse } from '../estates/estate.types.js';
import type { FeeBasis, StandardRate } from './fee.types.js';

/** A billing period is a calendar month, `YYYY-MM`. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function daysInPeriod(period: string): number {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new RangeError(`not a period: ${period}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
}

/** The month after `period` (`2026-12` → `2027-01`). */
export const nextPeriod = (period: string): string => addMonths(period, 1);

/** The first and last day of a period, `YYYY-MM-DD`. */
export function periodDays(period: string): { first: string; last: string } {
  return { first: `${period}-01`, last: `${period}-${String(daysInPeriod(period)).padStart(2, '0')}` };
}

/**
 * The rate a standard charges a unit: the most specific row for its use and occupancy (exact use and
 * occupancy, then exact use, then exact occupancy, then the `*`/`*` row); null when no row matches.
 */
export function rateFor(rates: readonly StandardRate[], use: UnitUse, occupancy: Occupancy): number | null {
  let best: { score: number; rateFen: number } | null = null;
  for (const r of rates) {
    if (r.use !== '*' && r.use !== use) continue;
    if (r.occupancy !== '*' && r.occupancy !== occupancy) continue;
    const score = (r.use === '*' ? 0 : 2) + (r.occupancy === '*' ? 0 : 1);
    if (!best || score > best.score) best = { score, rateFen: r.rateFen };
  }
  return best?.rateFen ?? null;
}

/**
 * The standard in force for a period: of the approved standards (one estate and item), the one with the latest
 * effective month at or before the period. A standard never reaches back before its effective month.
 */
export function standardInForce<S extends { state: string; effectiveMonth: string }>(standards: readonly S[], period: string): S | null {
  let found: S | null = null;
  for (const s of standards) {
    if (s.state !== 'approved' || s.effectiveMonth > period) continue;
    if (!found || s.effectiveMonth > found.effectiveMonth) found = s;
  }
  return found;
}

/** An owner's stay in a unit: from the move-in date to the move-out date, both billed; null = open-ended. */
export interface Stay {
  moveIn: string | null;
  moveOut: string | null;
}

/**
 * The days of a period a unit is billed: the days at least one owner holds it, move-in and move-out days
 * included. A unit without an owner in the period is billed 0 days (the run skips it).
 */
export function billableDays(period: string, stays: readonly Stay[]): number {
  const { first, last } = periodDays(period);
  const total = daysInPeriod(period);
  const covered = new Array<boolean>(total).fill(false);
  for (const s of stays) {
    const from = !s.moveIn || s.moveIn < first ? first : s.moveIn;
    const to = !s.moveOut || s.moveOut > last ? last : s.moveOut;
    if (from > to) continue;
    for (let d = Number(from.slice(8)); d <= Number(to.slice(8)); d++) covered[d - 1] = true;
  }
  return covered.filter(Boolean).length;
}

export interface BillAmountInput {
  basis: FeeBasis;
  /** Fen per m² a month, or fen per unit a month. */
  rateFen: number;
  /** 建筑面积 in thousandths of m² (only `per_area` uses it). */
  areaMilli: number;
  daysBilled: number;
  daysInPeriod: number;
}

/**
 * A bill's amount in fen, rounded once, half up (四舍五入到分), from exact integers: per m² it is
 * area × rate × days billed ÷ (1000 × days in the month); per unit, rate × days billed ÷ days in the month.
 * A whole month is area × rate (or the rate) exactly.
 */
export function billAmountFen(b: BillAmountInput): number {
  if (b.daysBilled <= 0) return 0;
  const numerator =
    b.basis === 'per_area'
      ? BigInt(b.areaMilli) * BigInt(b.rateFen) * BigInt(b.daysBilled)
      : BigInt(b.rateFen) * BigInt(b.daysBilled) * 1000n;
  const denominator = 1000n * BigInt(b.daysInPeriod);
  return Number((2n * numerator + denominator) / (2n * denominator));
}
