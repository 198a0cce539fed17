import { describe, expect, it } from 'vitest';
import { missingMethods, periodInOrder, planWarnings } from './plan.rules.js';

describe('the three social-work methods of a plan (A3.3)', () => {
  it('finds nothing missing when the methods name all three', () => {
    expect(missingMethods({ methods: ['casework', 'group', 'community'], activities: [] })).toEqual([]);
  });

  it('counts a method used only through an activity as used', () => {
    const content = {
      methods: ['casework' as const],
      activities: [
        { title: '互助小组', method: 'group' as const, frequency: '每周 1 次' },
        { title: '社区讲座', method: 'community' as const, frequency: '每月 1 次' },
      ],
    };
    expect(missingMethods(content)).toEqual([]);
  });

  it('names each method neither listed nor used by an activity, in order, as warnings', () => {
    const content = {
      methods: ['community' as const],
      activities: [{ title: '入户探访', method: 'casework' as const, frequency: '每月' }],
    };
    expect(missingMethods(content)).toEqual(['group']);
    expect(planWarnings(content)).toEqual(['method_missing:group']);
    expect(planWarnings({ methods: [], activities: [] })).toEqual([
      'method_missing:casework',
      'method_missing:group',
      'method_missing:community',
    ]);
  });

  it('takes a one-day period and refuses one that ends before it begins', () => {
    expect(periodInOrder({ periodFrom: '2026-10-01', periodTo: '2026-10-01' })).toBe(true);
    expect(periodInOrder({ periodFrom: '2026-10-02', periodTo: '2026-10-01' })).toBe(false);
  });
});
