import { describe, expect, it } from 'vitest';
import type { Access } from '../../platform/authz/access.js';
import { standardAbilities } from './fee-standard.policy.js';
import { feeRoleDefaults } from './fees.permissions.js';

const OFFICE_A = '/hq/co/a/';
const grant = (role: keyof typeof feeRoleDefaults, path: string): Access => ({
  grants: [{ orgId: path, orgPath: path, roleCode: role, permissions: feeRoleDefaults[role] ?? [] }],
  tokenPermissions: null,
});
const head = grant('office_head', OFFICE_A);
const otherHead = grant('office_head', '/hq/co/b/');
const hq = grant('hq_business', '/hq/');
const gm = grant('general_manager', '/hq/');
const none = { edit: false, submit: false, review: false, return: false, approve: false };

describe('fee standard abilities', () => {
  it('lets the office head edit and submit a draft of their office only', () => {
    expect(standardAbilities(head, { state: 'draft' }, OFFICE_A)).toEqual({ ...none, edit: true, submit: true });
    expect(standardAbilities(otherHead, { state: 'draft' }, OFFICE_A)).toEqual(none);
    expect(standardAbilities(hq, { state: 'draft' }, OFFICE_A)).toEqual(none);
  });
  it('gives review and return of a submitted standard to HQ business, not the GM', () => {
    expect(standardAbilities(hq, { state: 'submitted' }, OFFICE_A)).toEqual({ ...none, review: true, return: true });
    expect(standardAbilities(gm, { state: 'submitted' }, OFFICE_A)).toEqual(none);
    expect(standardAbilities(head, { state: 'submitted' }, OFFICE_A)).toEqual(none);
  });
  it('gives approval and return of a reviewed standard to the GM, not HQ business', () => {
    expect(standardAbilities(gm, { state: 'reviewed' }, OFFICE_A)).toEqual({ ...none, approve: true, return: true });
    expect(standardAbilities(hq, { state: 'reviewed' }, OFFICE_A)).toEqual(none);
  });
  it('lets the office fix a returned standard, and nobody touch an approved one', () => {
    expect(standardAbilities(head, { state: 'returned' }, OFFICE_A)).toEqual({ ...none, edit: true, submit: true });
    for (const a of [head, hq, gm]) expect(standardAbilities(a, { state: 'approved' }, OFFICE_A)).toEqual(none);
  });
});
