import type { AdjustmentState, BillState } from './fee.types.js';

/** What an adjustment rule needs of a bill. */
export interface AdjustableBill {
  state: BillState;
  /** Set while the bill is in a bank batch awaiting its return file: the bank collects what it was due then. */
  bankBatchId?: string | null;
  amountFen: number;
  adjustmentFen: number;
}

/** What is due on a bill: its amount plus the approved adjustments (signed). */
export const dueFen = (b: Pick<AdjustableBill, 'amountFen' | 'adjustmentFen'>): number => b.amountFen + b.adjustmentFen;

export type AdjustmentRefusal =
  | 'bill.already_paid'
  | 'bill.in_bank_batch'
  | 'adjustment.below_zero'
  | 'adjustment.zero'
  | 'adjustment.not_pending';

/**
 * Whether an adjustment of `amountFen` may be asked for or approved on a bill: never on a paid bill nor on one the
 * bank is collecting (in a batch not yet returned), never zero,
 * and never taking what is due below 0. Null when it may.
 */
export function refuseAdjustment(bill: AdjustableBill, amountFen: number): AdjustmentRefusal | null {
  if (bill.state === 'paid') return 'bill.already_paid';
  if (bill.bankBatchId) return 'bill.in_bank_batch';
  if (amountFen === 0) return 'adjustment.zero';
  if (dueFen(bill) + amountFen < 0) return 'adjustment.below_zero';
  return null;
}

/**
 * What the office head may do with an adjustment (`mayDecide`: holds the approval permission at the bill's office):
 * reject any pending one, approve one only where approving would be accepted — so a bill the bank is collecting
 * (or paid meanwhile) shows no 批准 that answers 409, and its page says why instead.
 */
export function adjustmentAbilities(
  bill: AdjustableBill,
  adjustment: { state: AdjustmentState; amountFen: number },
  mayDecide: boolean,
): { approve: boolean; reject: boolean } {
  const pending = mayDecide && refuseDecision(adjustment.state) === null;
  return { approve: pending && refuseAdjustment(bill, adjustment.amountFen) === null, reject: pending };
}

/** Only a pending adjustment is approved or rejected. */
export const refuseDecision = (state: AdjustmentState): AdjustmentRefusal | null => (state === 'pending' ? null : 'adjustment.not_pending');

/**
 * The bill after an approved adjustment: the adjustment joins `adjustmentFen`; a bill with nothing left due is
 * settled (paid, with no payment behind it).
 */
export function applyAdjustment<B extends AdjustableBill>(bill: B, amountFen: number): B & { settled: boolean } {
  const adjustmentFen = bill.adjustmentFen + amountFen;
  const settled = bill.amountFen + adjustmentFen === 0;
  return { ...bill, adjustmentFen, state: settled ? 'paid' : bill.state, settled };
}
