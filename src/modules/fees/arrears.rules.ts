import { addMonths } from '../../platform/months.js';

/** Ageing buckets of arrears by months overdue (A2.3): 1 month, 2–3, 4–6, over 6. */
export const AGE_BUCKETS = ['m1', 'm2to3', 'm4to6', 'over6'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/**
 * Months a bill of `period` is overdue in `currentMonth` (both `YYYY-MM`): the bill of the month just ended is 1
 * month overdue, the current month's bill 0 (not yet in arrears).
 */
export function monthsOverdue(period: string, currentMonth: string): number {
  const index = (m: string) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return y * 12 + mo - 1;
  };
  return index(currentMonth) - index(period);
}

/** The bucket of a bill overdue `months` (≥ 1); null for a bill not overdue. */
export function ageBucket(months: number): AgeBucket | null {
  if (months < 1) return null;
  if (months === 1) return 'm1';
  if (months <= 3) return 'm2to3';
  if (months <= 6) return 'm4to6';
  return 'over6';
}

/**
 * The periods each bucket covers in `currentMonth`, as inclusive `YYYY-MM` bounds (null: no lower bound), so the
 * SQL buckets by comparing periods as text — the same answer as `ageBucket(monthsOverdue(...))`.
 */
export function bucketPeriods(currentMonth: string): Record<AgeBucket, { from: string | null; to: string }> {
  const back = (n: number) => addMonths(currentMonth, -n);
  return {
    m1: { from: back(1), to: back(1) },
    m2to3: { from: back(3), to: back(2) },
    m4to6: { from: back(6), to: back(4) },
    over6: { from: null, to: back(7) },
  };
}

/** The latest period a unit's oldest open bill may have to be overdue at least `minMonths`. */
export const oldestPeriodFor = (currentMonth: string, minMonths: number) => addMonths(currentMonth, -minMonths);

/** What is due on a bill: its amount plus its approved adjustments (signed). */
export const dueFen = (b: { amountFen: number; adjustmentFen: number }) => b.amountFen + b.adjustmentFen;

/** A bill is in arrears when it is open, something is due on it, and its period ended before the current month. */
export function inArrears(b: { state: string; period: string; amountFen: number; adjustmentFen: number }, currentMonth: string): boolean {
  return b.state === 'open' && dueFen(b) > 0 && b.period < currentMonth;
}

/**
 * A2.4.1.1: an estate's bill run of the current month is late when the business day is past the office's billing
 * day and no run of that month is done (missing, still running or failed).
 */
export function billRunLate(o: { today: string; billingDay: number; runState: 'running' | 'done' | 'failed' | null }): boolean {
  const day = Number(o.today.slice(8, 10));
  return day > o.billingDay && o.runState !== 'done';
}

/** The business date a month's bill run becomes late on: the day after the billing day. */
export const billRunLateFrom = (month: string, billingDay: number) => `${month}-${String(billingDay + 1).padStart(2, '0')}`;
