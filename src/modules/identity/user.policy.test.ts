import { describe, expect, it } from 'vitest';
import type { Access } from '../../platform/authz/access.js';
import { canGrantRole, userAbilities } from './user.policy.js';

const manager: Access = {
  grants: [{ orgId: 'a', orgPath: '/hq/a/', roleCode: 'x', permissions: ['users.manage', 'params.manage'] }],
  tokenPermissions: null,
};
const user = {
  id: 'u',
  tenantId: 't',
  username: 'u',
  displayName: 'U',
  phone: null,
  licenceNo: null,
  orgId: 'a',
  mustChangePassword: false,
  active: true,
  version: 1,
  createdAt: '',
  updatedAt: '',
};

describe('granting roles', () => {
  it.each([
    ['a role whose permissions the granter holds there', ['params.manage'], '/hq/a/', true],
    ['a role with a permission the granter lacks (escalation)', ['roles.manage'], '/hq/a/', false],
    ['any role above the granter’s node', [], '/hq/', false],
    ['an empty role inside the subtree', [], '/hq/a/env/', true],
  ])('%s', (_n, perms, path, ok) => {
    expect(canGrantRole(manager, perms, path)).toBe(ok);
  });
});

describe('user abilities', () => {
  it('does not offer deactivating or resetting oneself', () => {
    expect(userAbilities(manager, user, '/hq/a/', true)).toMatchObject({ deactivate: false, resetPassword: false, update: true });
  });
  it('offers activate only on an inactive user', () => {
    expect(userAbilities(manager, { ...user, active: false }, '/hq/a/', false)).toMatchObject({ activate: true, deactivate: false });
  });
});
