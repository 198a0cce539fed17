import { describe, expect, it } from 'vitest';
import { diffBreaches, recipientsAt } from './notification.rules.js';

describe('diffBreaches', () => {
  it('tells new breaches once and keeps the ones already told', () => {
    expect(diffBreaches(['a', 'b'], ['a'], true)).toEqual({ appeared: ['b'], still: ['a'], gone: [] });
    expect(diffBreaches(['a', 'b'], ['a', 'b'], true)).toEqual({ appeared: [], still: ['a', 'b'], gone: [] });
  });

  it('clears a breach that disappeared, but only after a complete listing', () => {
    expect(diffBreaches([], ['a'], true).gone).toEqual(['a']);
    expect(diffBreaches([], ['a'], false).gone).toEqual([]);
  });
});

describe('recipientsAt', () => {
  const holders = [
    { userId: 'custodian', orgPath: '/hq/pm/' },
    { userId: 'head-a', orgPath: '/hq/pm/a/' },
    { userId: 'head-b', orgPath: '/hq/pm/b/' },
    { userId: 'custodian', orgPath: '/hq/pm/a/' },
  ];
  it('reaches holders at the office and above it, each once, never a sibling office', () => {
    expect(recipientsAt('/hq/pm/a/', holders)).toEqual(['custodian', 'head-a']);
    expect(recipientsAt('/hq/pm/a/dept/', holders)).toEqual(['custodian', 'head-a']);
    expect(recipientsAt('/hq/chc/', holders)).toEqual([]);
  });
});
