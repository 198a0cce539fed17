import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { STANDARD_STATES } from './fee.types.js';
import { decideStandard, STANDARD_MACHINE } from './fee-standard.machine.js';

const facts = { currentMonth: '2026-12', lastBilledPeriod: '2026-11' };
const at = (state: (typeof STANDARD_STATES)[number], effectiveMonth = '2027-01') => ({ state, effectiveMonth });

describe('fee standard machine (A2.3)', () => {
  it('reaches every state from a draft and never leaves an approved standard', () => {
    expect(machineFaults(STANDARD_MACHINE, STANDARD_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });
  it('goes draft → submitted → reviewed → approved', () => {
    expect(decideStandard(at('draft'), 'submit', facts)).toEqual({ next: 'submitted' });
    expect(decideStandard(at('submitted'), 'review', facts)).toEqual({ next: 'reviewed' });
    expect(decideStandard(at('reviewed'), 'approve', facts)).toEqual({ next: 'approved' });
  });
  it('refuses to skip HQ review or to approve twice', () => {
    expect(decideStandard(at('submitted'), 'approve', facts)).toEqual({
      refusal: { kind: 'conflict', code: 'fee_standard.invalid_transition' },
    });
    expect(decideStandard(at('approved'), 'approve', facts)).toEqual({
      refusal: { kind: 'conflict', code: 'fee_standard.invalid_transition' },
    });
    expect(decideStandard(at('approved'), 'edit', facts)).toEqual({
      refusal: { kind: 'conflict', code: 'fee_standard.invalid_transition' },
    });
  });
  it('is returned with a reason only, by review or approval, and a returned one is edited and submitted again', () => {
    expect(decideStandard(at('submitted'), 'return', { ...facts, reason: '  ' })).toEqual({
      refusal: { kind: 'unprocessable', code: 'fee_standard.reason_required', field: 'reason' },
    });
    expect(decideStandard(at('submitted'), 'return', { ...facts, reason: '空置房折扣无依据' })).toEqual({ next: 'returned' });
    expect(decideStandard(at('reviewed'), 'return', { ...facts, reason: '涨幅过大' })).toEqual({ next: 'returned' });
    expect(decideStandard(at('returned'), 'edit', facts)).toEqual({ next: 'returned' });
    expect(decideStandard(at('returned'), 'submit', facts)).toEqual({ next: 'submitted' });
  });
  it('is never retroactive: refuses at submit and at approve a month before the current one', () => {
    const retro = { refusal: { kind: 'unprocessable', code: 'fee_standard.retroactive', field: 'effectiveMonth' } };
    expect(decideStandard(at('draft', '2026-11'), 'submit', { currentMonth: '2026-12', lastBilledPeriod: null })).toEqual(retro);
    expect(decideStandard(at('reviewed', '2026-12'), 'approve', { currentMonth: '2027-01', lastBilledPeriod: null })).toEqual(retro);
    expect(decideStandard(at('draft', '2026-12'), 'submit', { currentMonth: '2026-12', lastBilledPeriod: null })).toEqual({
      next: 'submitted',
    });
    // review does not look at the month: the general manager's approval does again
    expect(decideStandard(at('submitted', '2026-11'), 'review', facts)).toEqual({ next: 'reviewed' });
  });
  it('refuses a month that already has bills for the estate and item', () => {
    const billed = { refusal: { kind: 'unprocessable', code: 'fee_standard.period_billed', field: 'effectiveMonth' } };
    expect(decideStandard(at('draft', '2026-12'), 'submit', { currentMonth: '2026-12', lastBilledPeriod: '2026-12' })).toEqual(billed);
    expect(decideStandard(at('reviewed', '2027-01'), 'approve', { currentMonth: '2026-12', lastBilledPeriod: '2027-01' })).toEqual(billed);
    expect(decideStandard(at('reviewed', '2027-01'), 'approve', { currentMonth: '2026-12', lastBilledPeriod: '2026-12' })).toEqual({
      next: 'approved',
    });
  });
});
