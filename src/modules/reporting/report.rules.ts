/**
 * Pure rules of the stations' periodic reports (A1.3): a station reports each calendar month (YYYY-MM) of each kind
 * to its superior node, by day `dueDay` of the month after (the regulation parameter stationReportDueDay).
 */
import type { ReportKind } from './reporting.types.js';

/** The month after `month` (YYYY-MM). */
export function nextPeriod(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month before `month` (YYYY-MM). */
export function previousPeriod(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The last day (YYYY-MM-DD) a period's report is on time: day `dueDay` of the next month. */
export const reportDueOn = (period: string, dueDay: number): string => `${nextPeriod(period)}-${String(dueDay).padStart(2, '0')}`;

/** A period can be reported once it has ended: it is before the month of `today`. */
export const periodEnded = (period: string, today: string): boolean => period < today.slice(0, 7);

/** A report submitted (its business date `submittedOn`) after its due day is late. */
export const submittedLate = (period: string, submittedOn: string, dueDay: number): boolean => submittedOn > reportDueOn(period, dueDay);

export interface OwedReport {
  kind: ReportKind;
  period: string;
  /** The last day it is on time. */
  dueOn: string;
  /** Past its due day on `today`. */
  overdue: boolean;
}

/**
 * The reports a station owes and has not submitted: every kind of every ended month from `firstPeriod` (the month
 * the station was set up) to the month before `today`, oldest first; `overdue` once `today` is past the due day.
 */
export function owedReports(
  firstPeriod: string,
  today: string,
  dueDay: number,
  kinds: readonly ReportKind[],
  submitted: Iterable<string>,
): OwedReport[] {
  const have = new Set(submitted);
  const out: OwedReport[] = [];
  for (let p = firstPeriod; periodEnded(p, today); p = nextPeriod(p))
    for (const kind of kinds) {
      if (have.has(reportKey(kind, p))) continue;
      const dueOn = reportDueOn(p, dueDay);
      out.push({ kind, period: p, dueOn, overdue: today > dueOn });
    }
  return out;
}

/** The key of a station's report of a kind and month among those submitted. */
export const reportKey = (kind: ReportKind, period: string): string => `${kind}:${period}`;
