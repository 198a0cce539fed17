import { describe, expect, it } from 'vitest';
import { changedFields } from './audit.change.js';

describe('changedFields', () => {
  it('keeps only the fields whose value changed, in the order of the record after', () => {
    const before = { state: 'assigned', version: 6, startedAt: null as string | null, address: '翠竹园3栋1201', details: { floor: 3 } };
    const after = { ...before, startedAt: '2026-12-07T08:42:41.618Z', state: 'in_progress', version: 7 };
    const change = changedFields(before, after);
    expect(change).toEqual({
      before: { state: 'assigned', version: 6, startedAt: null },
      after: { state: 'in_progress', version: 7, startedAt: '2026-12-07T08:42:41.618Z' },
    });
    expect(Object.keys(change.after)).toEqual(['state', 'version', 'startedAt']);
  });

  it('compares nested values by content, not by identity', () => {
    const same = changedFields({ details: { cause: 'x' } }, { details: { cause: 'x' } });
    expect(same).toEqual({ before: {}, after: {} });
    const changed = changedFields({ details: { cause: undefined as string | undefined } }, { details: { cause: '地漏' } });
    expect(changed).toEqual({ before: { details: { cause: undefined } }, after: { details: { cause: '地漏' } } });
  });

  it('tells a field set to null from one left as it was, and lists a field new in the record after', () => {
    const change = changedFields<{ reason?: string | null; note?: string }>({ reason: 'x' }, { reason: null, note: '新' });
    expect(change).toEqual({ before: { reason: 'x', note: undefined }, after: { reason: null, note: '新' } });
  });
});

describe('changedFields with stated fields', () => {
  it('keeps a stated field on both sides though it did not change, so a diff still reads it as unchanged', () => {
    const before = { state: 'quoted', totalFen: 12000, cancelReason: null as string | null };
    const change = changedFields(before, { ...before, state: 'confirmed' }, ['totalFen']);
    expect(change).toEqual({ before: { state: 'quoted', totalFen: 12000 }, after: { state: 'confirmed', totalFen: 12000 } });
  });
});
