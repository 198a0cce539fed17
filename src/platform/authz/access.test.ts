import { describe, expect, it } from 'vitest';
import {
  type Access,
  accessNear,
  decide,
  intersectScopes,
  minimalPrefixes,
  relationCounts,
  scopeOf,
  tokenAccess,
  visibleScope,
} from './access.js';

const HQ = '/hq/';
const A = '/hq/pm/a/';
const A_ENV = '/hq/pm/a/env/';
const B = '/hq/pm/b/';

const officeHeadOfA: Access = {
  grants: [{ orgId: 'a', orgPath: A, roleCode: 'office_head', permissions: ['users.read', 'params.manage'] }],
  tokenPermissions: null,
};
const adminAtHq: Access = {
  grants: [{ orgId: 'hq', orgPath: HQ, roleCode: 'system_admin', permissions: ['users.read', 'users.manage'] }],
  tokenPermissions: null,
};
const cleanerOfA: Access = {
  grants: [{ orgId: 'env', orgPath: A_ENV, roleCode: 'cleaner', permissions: [] }],
  tokenPermissions: null,
};
const tokenOfAdmin: Access = { ...adminAtHq, tokenPermissions: new Set(['users.read']) };

describe('decide', () => {
  const cases: [string, Access, string, string, string][] = [
    ['head of A reads a user of A', officeHeadOfA, 'users.read', A, 'allow'],
    ['head of A reads a user of a department of A', officeHeadOfA, 'users.read', A_ENV, 'allow'],
    ['head of A reads a user of B', officeHeadOfA, 'users.read', B, 'not_found'],
    ['head of A reads a user at HQ (above the grant)', officeHeadOfA, 'users.read', HQ, 'not_found'],
    ['head of A manages a user of A without users.manage', officeHeadOfA, 'users.manage', A, 'forbidden'],
    ['admin at HQ manages a user of B', adminAtHq, 'users.manage', B, 'allow'],
    ['cleaner reads users of their own department', cleanerOfA, 'users.read', A_ENV, 'forbidden'],
    ['cleaner reads users of office A above them', cleanerOfA, 'users.read', A, 'not_found'],
    ['read-only token of admin reads', tokenOfAdmin, 'users.read', B, 'allow'],
    ['read-only token of admin manages', tokenOfAdmin, 'users.manage', B, 'forbidden'],
    ['system does anything', { grants: [], tokenPermissions: null, system: true }, 'users.manage', B, 'allow'],
    ['nobody with no grants', { grants: [], tokenPermissions: null }, 'users.read', A, 'not_found'],
  ];
  it.each(cases)('%s', (_name, access, permission, path, expected) => {
    expect(decide(access, permission, path)).toBe(expected);
  });
});

describe('scopes', () => {
  it('drops subtrees already covered by a grant higher up', () => {
    expect(minimalPrefixes([A_ENV, A, B, A])).toEqual([A, B]);
  });
  it('intersects two sets of subtrees to the deeper of each nested pair', () => {
    expect(intersectScopes([A], [A_ENV, B])).toEqual([A_ENV]);
    expect(intersectScopes([A_ENV, B], [A])).toEqual([A_ENV]);
    expect(intersectScopes(['/'], [B])).toEqual([B]);
    expect(intersectScopes([A], [B])).toEqual([]);
  });
  it('does not confuse sibling ids sharing a prefix', () => {
    const access: Access = {
      grants: [{ orgId: 'x', orgPath: '/hq/pm/a/', roleCode: 'r', permissions: ['p'] }],
      tokenPermissions: null,
    };
    expect(decide(access, 'p', '/hq/pm/ab/')).toBe('not_found');
    expect(scopeOf(access, 'p')).toEqual(['/hq/pm/a/']);
  });
  it('answers each access for itself, though scopes are worked out once an access', () => {
    // the same user after a grant at B: a new access, so a new answer (the actor cache makes a new one on any change)
    const headOfAAndB: Access = { ...officeHeadOfA, grants: [...officeHeadOfA.grants, { ...officeHeadOfA.grants[0]!, orgPath: B }] };
    expect(scopeOf(officeHeadOfA, 'users.read')).toEqual([A]);
    expect(scopeOf(headOfAAndB, 'users.read')).toEqual([A, B]);
    expect(scopeOf(officeHeadOfA, 'users.read')).toEqual([A]);
    expect(scopeOf(officeHeadOfA, 'users.manage')).toEqual([]);
    expect(visibleScope(headOfAAndB)).toEqual([A, B]);
    expect(visibleScope(officeHeadOfA)).toEqual([A]);
    // a caller cannot change what the next request is answered
    expect(Object.isFrozen(scopeOf(officeHeadOfA, 'users.read'))).toBe(true);
  });
});

describe('API tokens', () => {
  const worker = [
    { orgId: 'env', orgPath: A_ENV, roleCode: 'cleaner', permissions: ['orders.work'] },
    { orgId: 'a', orgPath: A, roleCode: 'token_keeper', permissions: ['tokens.manage'] },
  ];
  it('narrows every grant to the token and drops the grants left empty', () => {
    const token = tokenAccess(worker, ['tokens.manage']);
    expect(token.grants).toEqual([{ orgId: 'a', orgPath: A, roleCode: 'token_keeper', permissions: ['tokens.manage'] }]);
    expect(visibleScope(tokenAccess(worker, ['orders.work']))).toEqual([A_ENV]);
  });
  it('lets a relation stand in for a grant only when the token carries its permission', () => {
    expect(relationCounts({ grants: worker, tokenPermissions: null }, ['orders.work'])).toBe(true);
    expect(relationCounts(tokenAccess(worker, ['tokens.manage']), ['orders.work'])).toBe(false);
    expect(relationCounts(tokenAccess(worker, ['orders.work']), ['orders.work'])).toBe(true);
    expect(relationCounts({ grants: [], tokenPermissions: null, system: true }, ['orders.work'])).toBe(true);
  });
});

describe('where a module’s work is done', () => {
  const GPS = '/hq/pm/gps/';
  const CHC = '/hq/chc/';
  const cashier = (path: string) => ({ orgId: path, orgPath: path, roleCode: 'cashier', permissions: ['fees.collect'] });
  // the kinds on each grant's path and under it
  const near = new Map([
    [A, new Set(['hq', 'company', 'office', 'department'])],
    [GPS, new Set(['hq', 'company', 'department'])],
    [CHC, new Set(['hq', 'centre', 'station'])],
    [HQ, new Set(['hq', 'company', 'office', 'centre', 'station', 'department'])],
  ]);

  it('keeps the grants at, inside or above an office for a module that runs at offices', () => {
    const officeCashier: Access = { grants: [cashier(A)], tokenPermissions: null };
    expect(scopeOf(accessNear(officeCashier, near, ['office']), 'fees.collect')).toEqual([A]);
    const gpsCashier: Access = { grants: [cashier(GPS)], tokenPermissions: null };
    expect(scopeOf(accessNear(gpsCashier, near, ['office']), 'fees.collect')).toEqual([]);
    const centreCashier: Access = { grants: [cashier(CHC)], tokenPermissions: null };
    expect(accessNear(centreCashier, near, ['office']).grants).toEqual([]);
    expect(accessNear(centreCashier, near, ['office', 'station', 'centre']).grants).toHaveLength(1);
    expect(accessNear(adminAtHq, near, ['office']).grants).toHaveLength(1);
  });

  it('keeps a token’s narrowing, and the system everything', () => {
    expect(accessNear(tokenOfAdmin, near, ['office']).tokenPermissions).toBe(tokenOfAdmin.tokenPermissions);
    const system: Access = { grants: [], tokenPermissions: null, system: true };
    expect(accessNear(system, near, ['office'])).toBe(system);
  });
});
