import { describe, expect, it } from 'vitest';
import { mayCommand, ON_THE_SPOT_MS, staffCollectsNow } from './order.policy.js';

const accepted = '2026-11-28T01:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(accepted) + ms);

describe('who takes the payment (A7.4.7)', () => {
  it('the staff on the order only on the spot when the office relays cash; later, or for garden works, the supervisor', () => {
    expect(staffCollectsNow(accepted, at(ON_THE_SPOT_MS), true, false)).toBe(true);
    expect(staffCollectsNow(accepted, at(ON_THE_SPOT_MS + 1), true, false)).toBe(false);
    expect(staffCollectsNow(accepted, at(0), true, true)).toBe(false);
    expect(staffCollectsNow(accepted, at(30 * 86_400_000), false, true)).toBe(true);
  });
  it('keeps the cashier’s and supervisor’s pay whatever the staff may do', () => {
    const cleaner = {
      access: { grants: [{ orgId: 'a', orgPath: '/r/a/', roleCode: 'cleaner', permissions: ['orders.work'] }], tokenPermissions: null },
    };
    const supervisor = {
      access: {
        grants: [{ orgId: 'a', orgPath: '/r/a/', roleCode: 'environment_supervisor', permissions: ['orders.pay'] }],
        tokenPermissions: null,
      },
    };
    expect(mayCommand({ ...cleaner, isAssignee: true, wasAssignee: true }, 'pay', '/r/a/')).toBe(true);
    expect(mayCommand({ ...cleaner, isAssignee: true, wasAssignee: true, staffMayCollect: false }, 'pay', '/r/a/')).toBe(false);
    expect(mayCommand({ ...supervisor, isAssignee: false, wasAssignee: false, staffMayCollect: false }, 'pay', '/r/a/')).toBe(true);
  });
});
