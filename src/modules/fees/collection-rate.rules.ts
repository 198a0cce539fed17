/**
 * The collection rate (收缴率, A2.3 收缴监督) of one node and month:
 * - receivable: what is due on the month's bills (amount + adjustments);
 * - received: of those, what is due on the bills paid by now (it rises as arrears are paid);
 * - receivedInMonth: of those, what was paid before the month ended (the rate as it stood at the month's end);
 * - outstanding: receivable − received;
 * - recovered: what is due on bills of earlier months paid during the month (arrears recovered).
 */
export interface RateFigures {
  receivable: number;
  received: number;
  receivedInMonth: number;
  outstanding: number;
  recovered: number;
  bills: number;
}

export const RATE_FIGURES = ['receivable', 'received', 'receivedInMonth', 'outstanding', 'recovered', 'bills'] as const;

/**
 * received / receivable in permille, rounded to the nearest (11.698 % reads 11.7 %, as a reader working it out by hand
 * expects), except that 1000‰ means every fen was paid: a rate short of it stays at 999 at most. Null when nothing was
 * receivable (no bills, or all reduced to nothing).
 */
export function ratePermille(received: number, receivable: number): number | null {
  if (receivable <= 0) return null;
  const rounded = Math.round((received * 1000) / receivable);
  return rounded >= 1000 && received < receivable ? 999 : rounded;
}

/** Figures from the SQL's sums: outstanding is derived, so received + outstanding = receivable always. */
export function figuresOf(sums: Omit<RateFigures, 'outstanding'>): RateFigures & { ratePermille: number | null } {
  const { receivable, received, receivedInMonth, recovered, bills } = sums;
  return {
    receivable,
    received,
    receivedInMonth,
    outstanding: receivable - received,
    recovered,
    bills,
    ratePermille: ratePermille(received, receivable),
  };
}

/** The totals row: the sum of the detail rows' integers, never a query of its own that could disagree. */
export function totalOf(rows: readonly RateFigures[]): RateFigures & { ratePermille: number | null } {
  const sum = (k: (typeof RATE_FIGURES)[number]) => rows.reduce((s, r) => s + r[k], 0);
  const receivable = sum('receivable');
  const received = sum('received');
  return {
    receivable,
    received,
    receivedInMonth: sum('receivedInMonth'),
    outstanding: sum('outstanding'),
    recovered: sum('recovered'),
    bills: sum('bills'),
    ratePermille: ratePermille(received, receivable),
  };
}
