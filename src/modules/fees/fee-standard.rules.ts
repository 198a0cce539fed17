import type { StandardRate, StandardState } from './fee.types.js';

/** The `YYYY-MM` month an instant's business date falls in. */
export const monthOf = (businessDate: string): string => businessDate.slice(0, 7);

/**
 * What is wrong with a standard's rate rows: the `*`/`*` row (every unit) is required so no unit goes unpriced,
 * and a use and occupancy may appear once. Empty when the rows are good.
 */
/** One problem with one rate row (or the rows), as a form field path. */
export interface RateProblem {
  field: string;
  code: 'fee_standard.duplicate_rate' | 'fee_standard.base_rate_required';
}

export function rateProblems(rates: readonly StandardRate[]): RateProblem[] {
  const problems: RateProblem[] = [];
  const seen = new Set<string>();
  for (const [i, r] of rates.entries()) {
    const key = `${r.use}/${r.occupancy}`;
    if (seen.has(key)) problems.push({ field: `rates.${i}.use`, code: 'fee_standard.duplicate_rate' });
    seen.add(key);
  }
  if (!seen.has('*/*')) problems.push({ field: 'rates', code: 'fee_standard.base_rate_required' });
  return problems;
}

/** Rate rows in a stable order: the `*`/`*` row first, then by use and occupancy. */
export function sortRates<R extends StandardRate>(rates: readonly R[]): R[] {
  const rank = (v: string) => (v === '*' ? '' : v);
  return [...rates].sort((a, b) => rank(a.use).localeCompare(rank(b.use)) || rank(a.occupancy).localeCompare(rank(b.occupancy)));
}

/**
 * A filing standard (`item-bill.service.ts`): the one an estate's bills of an item priced elsewhere are filed under
 * (a monthly parking pass, priced by its approved parking standard). Approved when made, never by anyone, with no
 * rates: it bills nothing itself and has no approval of its own, so it is not shown as an approved standard.
 */
export const isFilingStandard = (s: { state: StandardState; approved: { at: string | null } }, rates: readonly unknown[]): boolean =>
  s.state === 'approved' && s.approved.at === null && rates.length === 0;
