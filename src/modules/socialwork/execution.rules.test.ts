import { describe, expect, it } from 'vitest';
import { changeOutcome } from './execution.rules.js';

describe('changeOutcome (A3.4: the supervisor and the head both approve a change)', () => {
  it('stays pending until both decided, in either order', () => {
    expect(changeOutcome(null, null)).toBe('pending');
    expect(changeOutcome('approved', null)).toBe('pending');
    expect(changeOutcome(null, 'approved')).toBe('pending');
  });

  it('takes effect only when both approved', () => {
    expect(changeOutcome('approved', 'approved')).toBe('approved');
  });

  it('ends as rejected when either rejects, whatever the other said or has yet to say', () => {
    expect(changeOutcome('rejected', null)).toBe('rejected');
    expect(changeOutcome(null, 'rejected')).toBe('rejected');
    expect(changeOutcome('approved', 'rejected')).toBe('rejected');
    expect(changeOutcome('rejected', 'approved')).toBe('rejected');
  });
});
