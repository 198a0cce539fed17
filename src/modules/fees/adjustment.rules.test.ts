import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustmentAbilities, applyAdjustment, dueFen, refuseAdjustment, refuseDecision } from './adjustment.rules.js';

const open = { state: 'open' as const, amountFen: 18_000, adjustmentFen: -3000 };

describe('adjustments', () => {
  it('refuses a paid bill, a zero amount and anything taking what is due below 0', () => {
    expect(refuseAdjustment({ ...open, state: 'paid' }, -1)).toBe('bill.already_paid');
    expect(refuseAdjustment({ ...open, bankBatchId: 'batch-1' }, -1)).toBe('bill.in_bank_batch');
    expect(refuseAdjustment({ ...open, bankBatchId: null }, -1)).toBeNull();
    expect(refuseAdjustment(open, 0)).toBe('adjustment.zero');
    expect(refuseAdjustment(open, -15_001)).toBe('adjustment.below_zero');
    expect(refuseAdjustment(open, -15_000)).toBeNull();
    expect(refuseAdjustment(open, 500)).toBeNull();
  });
  it('offers 批准 only where approving is accepted: not while the bank collects the bill; 驳回 on any pending one', () => {
    const pending = { state: 'pending' as const, amountFen: -3000 };
    expect(adjustmentAbilities(open, pending, true)).toEqual({ approve: true, reject: true });
    expect(adjustmentAbilities({ ...open, bankBatchId: 'batch-1' }, pending, true)).toEqual({ approve: false, reject: true });
    // the bank took the bill's amount: the reduction asked for can only be rejected now
    expect(adjustmentAbilities({ ...open, state: 'paid' }, pending, true)).toEqual({ approve: false, reject: true });
    expect(adjustmentAbilities(open, { ...pending, state: 'approved' }, true)).toEqual({ approve: false, reject: false });
    expect(adjustmentAbilities(open, pending, false)).toEqual({ approve: false, reject: false });
  });
  it('decides only pending adjustments', () => {
    expect(refuseDecision('pending')).toBeNull();
    expect(refuseDecision('approved')).toBe('adjustment.not_pending');
    expect(refuseDecision('rejected')).toBe('adjustment.not_pending');
  });
  it('settles a bill brought to 0, and leaves the billed amount as it was', () => {
    expect(applyAdjustment(open, -15_000)).toMatchObject({ amountFen: 18_000, adjustmentFen: -18_000, state: 'paid', settled: true });
    expect(applyAdjustment(open, -1000)).toMatchObject({ adjustmentFen: -4000, state: 'open', settled: false });
  });
  it('never leaves a negative due once an adjustment is allowed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -10_000_000, max: 10_000_000 }), (amountFen, change) => {
        const bill = { state: 'open' as const, amountFen, adjustmentFen: 0 };
        return refuseAdjustment(bill, change) !== null || dueFen(applyAdjustment(bill, change)) >= 0;
      }),
    );
  });
});
