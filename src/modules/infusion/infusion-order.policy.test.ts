import { describe, expect, it } from 'vitest';
import type { Access } from '../../platform/authz/access.js';
import { INFUSION_ORDER, INFUSION_OVERRIDE_REVIEW, INFUSION_READ } from './infusion.permissions.js';
import { orderAbilities, overridePending } from './infusion-order.policy.js';

const at = (path: string, permissions: string[]): Access => ({
  grants: [{ orgId: 'x', orgPath: path, roleCode: 'r', permissions }],
  tokenPermissions: null,
});
const physician = at('/hq/chc/', [INFUSION_READ, INFUSION_ORDER]);
const head = at('/hq/chc/', [INFUSION_READ, INFUSION_OVERRIDE_REVIEW]);
const overridden = { overrideCategories: ['tcm_injection'], overrideReviewedAt: null, state: 'active' as const };

describe('what may be done to a physician order', () => {
  it('lets the physician cancel an active order of the centre’s subtree, not review its override', () => {
    expect(orderAbilities(physician, overridden, '/hq/chc/s1/')).toEqual({ cancel: true, review: false });
    expect(orderAbilities(physician, { ...overridden, state: 'cancelled' }, '/hq/chc/')).toEqual({ cancel: false, review: false });
  });

  it('lets the head review a pending override once, and never outside the centre', () => {
    expect(orderAbilities(head, overridden, '/hq/chc/')).toEqual({ cancel: false, review: true });
    expect(orderAbilities(head, { ...overridden, overrideReviewedAt: '2026-12-04T02:00:00Z' }, '/hq/chc/').review).toBe(false);
    expect(orderAbilities(head, overridden, '/hq/sw/').review).toBe(false);
  });

  it('counts an override as pending only while unreviewed on an order not cancelled', () => {
    expect(overridePending(overridden)).toBe(true);
    expect(overridePending({ ...overridden, overrideCategories: null })).toBe(false);
    expect(overridePending({ ...overridden, state: 'completed' })).toBe(true);
    expect(overridePending({ ...overridden, state: 'cancelled' })).toBe(false);
  });
});
