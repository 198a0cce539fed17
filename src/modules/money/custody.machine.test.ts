import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import {
  decideHandover,
  decideRemittance,
  HANDOVER_MACHINE,
  HANDOVER_STATES,
  REMITTANCE_MACHINE,
  REMITTANCE_STATES,
} from './custody.machine.js';

const fine = { unreachable: [], terminalWithWayOut: [], stuck: [] };

describe('hand-over machine', () => {
  it('is confirmed or refused once, from the offer', () => {
    expect(machineFaults(HANDOVER_MACHINE, HANDOVER_STATES)).toEqual(fine);
    expect(decideHandover('offered', 'confirm')).toEqual({ next: 'confirmed' });
    expect(decideHandover('offered', 'refuse')).toEqual({ next: 'refused' });
    for (const s of ['confirmed', 'refused'] as const)
      for (const c of ['confirm', 'refuse'] as const)
        expect(decideHandover(s, c)).toEqual({ refusal: { kind: 'conflict', code: 'handover.invalid_transition' } });
  });
});

describe('remittance machine', () => {
  const submitted = { state: 'submitted' as const, totalFen: 24000 };
  it('is confirmed or returned once', () => {
    expect(machineFaults(REMITTANCE_MACHINE, REMITTANCE_STATES)).toEqual(fine);
    for (const state of ['confirmed', 'returned'] as const) {
      expect(decideRemittance({ ...submitted, state }, 'confirm', { receivedFen: 24000 })).toEqual({
        refusal: { kind: 'conflict', code: 'remittance.invalid_transition' },
      });
      expect(decideRemittance({ ...submitted, state }, 'return', { reason: '短款' })).toEqual({
        refusal: { kind: 'conflict', code: 'remittance.invalid_transition' },
      });
    }
  });
  it('takes only the amount counted equal to the batch total', () => {
    expect(decideRemittance(submitted, 'confirm', { receivedFen: 24000 })).toEqual({ next: 'confirmed' });
    expect(decideRemittance(submitted, 'confirm', { receivedFen: 23999 })).toEqual({
      refusal: { kind: 'unprocessable', code: 'remittance.received_mismatch', field: 'receivedFen' },
    });
    // before counting (the button): the state alone decides
    expect(decideRemittance(submitted, 'confirm')).toEqual({ next: 'confirmed' });
  });
  it('is returned to the cashier only with a reason, whatever finance counted', () => {
    expect(decideRemittance(submitted, 'return', { reason: '清点短款 ¥0.08' })).toEqual({ next: 'returned' });
    for (const reason of ['', '   '])
      expect(decideRemittance(submitted, 'return', { reason })).toEqual({
        refusal: { kind: 'unprocessable', code: 'remittance.reason_required', field: 'reason' },
      });
    // the button, before the reason is written
    expect(decideRemittance(submitted, 'return')).toEqual({ next: 'returned' });
  });
});
