import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { VISIT_STATES } from './agreement.types.js';
import { decideVisit, VISIT_MACHINE } from './agreement-visits.machine.js';

const inForce = { agreementActive: true, orderStarted: false };
const code = (d: ReturnType<typeof decideVisit>) => ('refusal' in d ? d.refusal.code : null);

describe('agreement visit machine', () => {
  it('reaches every state from a planned or a missed visit; a skipped or cancelled one stays so', () => {
    expect(machineFaults(VISIT_MACHINE, VISIT_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });
  it('moves a visit again and again while it is still to happen', () => {
    expect(decideVisit({ state: 'planned' }, 'move', inForce)).toEqual({ next: 'moved' });
    expect(decideVisit({ state: 'moved' }, 'move', inForce)).toEqual({ next: 'moved' });
    for (const state of ['skipped', 'cancelled', 'missed'] as const)
      expect(decideVisit({ state }, 'move', inForce)).toEqual({ refusal: { kind: 'conflict', code: 'visit.invalid_transition' } });
  });
  it('changes visits of an agreement in force only, before work starts', () => {
    expect(decideVisit({ state: 'planned' }, 'skip', { ...inForce, agreementActive: false })).toEqual({
      refusal: { kind: 'conflict', code: 'agreement.invalid_transition' },
    });
    expect(decideVisit({ state: 'planned' }, 'skip', { ...inForce, orderStarted: true })).toEqual({
      refusal: { kind: 'unprocessable', code: 'agreement.visit_started' },
    });
    expect(decideVisit({ state: 'planned' }, 'skip', inForce)).toEqual({ next: 'skipped' });
  });
  it('explains a missed visit whatever became of the agreement', () => {
    expect(decideVisit({ state: 'missed' }, 'skip', { agreementActive: false, orderStarted: false })).toEqual({ next: 'skipped' });
  });
  it('is cancelled when its agreement ends, unless work has started', () => {
    expect(decideVisit({ state: 'moved' }, 'cancel', { agreementActive: false, orderStarted: false })).toEqual({ next: 'cancelled' });
    expect(code(decideVisit({ state: 'planned' }, 'cancel', { agreementActive: false, orderStarted: true }))).toBe(
      'agreement.visit_started',
    );
    expect(code(decideVisit({ state: 'skipped' }, 'cancel', inForce))).toBe('visit.invalid_transition');
  });
});
