import { describe, expect, it } from 'vitest';
import { mayCommand, ON_THE_SPOT_MS, orderAbilities, staffCollectsNow } from './order.policy.js';
import type { Order } from './order.types.js';

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

describe('the buttons on an order', () => {
  const access = { grants: [{ orgId: 'a', orgPath: '/r/a/', roleCode: 'cleaner', permissions: ['orders.work'] }], tokenPermissions: null };
  const order = (state: Order['state']) => ({ state, billing: 'per_order', totalFen: 5000 }) as Order;
  it('answer each order of one caller by its state, office, whether they are on it and may take the money, asked in turn', () => {
    for (let round = 0; round < 2; round++) {
      const on = { access, isAssignee: true, wasAssignee: true };
      const off = { access, isAssignee: false, wasAssignee: false };
      expect(orderAbilities(on, order('assigned'), '/r/a/')).toMatchObject({ depart: true, pay: false });
      expect(orderAbilities(off, order('assigned'), '/r/a/')).toMatchObject({ depart: false });
      expect(orderAbilities(on, order('assigned'), '/r/b/')).toMatchObject({ depart: true });
      expect(orderAbilities(on, order('accepted'), '/r/a/')).toMatchObject({ depart: false, pay: true, close: false });
      expect(orderAbilities({ ...on, staffMayCollect: false }, order('accepted'), '/r/a/')).toMatchObject({ pay: false });
      expect(orderAbilities(on, { ...order('accepted'), billing: 'monthly' }, '/r/a/')).toMatchObject({ pay: false });
      expect(orderAbilities(on, order('accepted'), '/r/a/').pay).toBe(true);
    }
  });
});
