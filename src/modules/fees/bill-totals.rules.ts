/**
 * The running totals behind the collection rate (fee_bill_totals): what is due and how many bills per building,
 * month billed and month paid ('' while open). A write of bills moves them; these rules say by how much.
 */

/** Where a bill counts: its building (and the office and estate above it), its month, the month it was paid in. */
export interface CountedBill {
  officeId: string;
  estateId: string;
  buildingId: string;
  period: string;
  /** `YYYY-MM` in the tenant's zone; null while open. */
  paidPeriod: string | null;
  dueFen: number;
}

/** One row's change: added to `due_fen` and `bills`. */
export interface TotalsDelta {
  officeId: string;
  estateId: string;
  buildingId: string;
  period: string;
  /** '' for the open bills. */
  paidPeriod: string;
  dueFen: number;
  bills: number;
}

/** A bill's write: null before for a new bill, null after for a bill withdrawn (deleted). */
export interface BillChange {
  before: CountedBill | null;
  after: CountedBill | null;
}

const deltaOf = (b: CountedBill, sign: 1 | -1): TotalsDelta => ({
  officeId: b.officeId,
  estateId: b.estateId,
  buildingId: b.buildingId,
  period: b.period,
  paidPeriod: b.paidPeriod ?? '',
  dueFen: sign * b.dueFen,
  bills: sign,
});

/**
 * What a set of bill writes moves, one delta per row touched (a bill leaves its row before and joins its row
 * after), leaving out rows whose sums do not change.
 */
export function totalsDeltas(changes: readonly BillChange[]): TotalsDelta[] {
  const byRow = new Map<string, TotalsDelta>();
  const add = (d: TotalsDelta) => {
    const key = `${d.buildingId}\u0000${d.period}\u0000${d.paidPeriod}`;
    const had = byRow.get(key);
    if (had) {
      had.dueFen += d.dueFen;
      had.bills += d.bills;
    } else byRow.set(key, { ...d });
  };
  for (const c of changes) {
    if (c.before) add(deltaOf(c.before, -1));
    if (c.after) add(deltaOf(c.after, 1));
  }
  return [...byRow.values()].filter((d) => d.dueFen !== 0 || d.bills !== 0);
}

/** How a bill as the services hold it counts. */
export const countedBill = (b: {
  officeId: string;
  estateId: string;
  buildingId: string;
  period: string;
  paidPeriod: string | null;
  amountFen: number;
  adjustmentFen: number;
}): CountedBill => ({
  officeId: b.officeId,
  estateId: b.estateId,
  buildingId: b.buildingId,
  period: b.period,
  paidPeriod: b.paidPeriod,
  dueFen: b.amountFen + b.adjustmentFen,
});
