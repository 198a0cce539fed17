import { describe, expect, it } from 'vitest';
import { canParent, refuseMove } from './org.rules.js';

describe('which kind may sit under which', () => {
  it.each([
    ['hq', 'company', true],
    ['hq', 'centre', true],
    ['company', 'office', true],
    ['company', 'department', true],
    ['centre', 'station', true],
    ['office', 'department', true],
    ['office', 'office', false],
    ['department', 'department', false],
    ['office', 'company', false],
    ['company', 'hq', false],
  ] as const)('%s → %s: %s', (parent, child, ok) => {
    expect(canParent(parent, child)).toBe(ok);
  });
});

describe('moving a node', () => {
  const office = { kind: 'office' as const, path: '/hq/pm/a/', parentId: 'pm' };
  it('refuses a move under its own department', () => {
    expect(refuseMove({ node: office, newParent: { kind: 'department', path: '/hq/pm/a/env/', active: true } })).toBe(
      'org.move_into_subtree',
    );
  });
  it('refuses moving the root', () => {
    expect(
      refuseMove({ node: { kind: 'hq', path: '/hq/', parentId: null }, newParent: { kind: 'company', path: '/x/', active: true } }),
    ).toBe('org.root_cannot_move');
  });
  it('refuses an inactive parent', () => {
    expect(refuseMove({ node: office, newParent: { kind: 'company', path: '/hq/pm2/', active: false } })).toBe('org.parent_inactive');
  });
  it('allows an office to move to another company', () => {
    expect(refuseMove({ node: office, newParent: { kind: 'company', path: '/hq/pm2/', active: true } })).toBeNull();
  });
});
