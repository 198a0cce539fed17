import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './next-path';

describe('after sign-in', () => {
  it('goes back to the page the user was sent away from', () => {
    expect(loginPath('/users?org=1&page=2')).toBe('/login?next=%2Fusers%3Forg%3D1%26page%3D2');
    expect(safeNext('/users?org=1&page=2')).toBe('/users?org=1&page=2');
    expect(loginPath('/')).toBe('/login');
  });

  it('never leaves the app for another site, nor loops back to sign-in', () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/login?next=/x', '', null]) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
