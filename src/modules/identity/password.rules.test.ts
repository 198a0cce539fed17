import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password.rules.js';

describe('password strength', () => {
  it.each([
    ['short-1', undefined, 'password.too_short'],
    ['abcdefghijkl', undefined, 'password.one_kind'],
    ['12345678901', undefined, 'password.one_kind'],
    ['翠竹园翠竹园翠竹园翠竹', undefined, 'password.one_kind'],
    ['wangfang2026', 'wangfang', 'password.contains_username'],
    ['WangFang-xyz', 'wangfang', 'password.contains_username'],
    ['x'.repeat(129), undefined, 'password.too_long'],
    ['翠竹园-管理处-2026', 'wangfang', null],
    ['correct horse battery', 'admin', null],
    ['guanjia2026', 'admin', null],
  ])('%s (user %s) → %s', (password, username, expected) => {
    expect(passwordWeakness(password, username)).toBe(expected);
  });
});
