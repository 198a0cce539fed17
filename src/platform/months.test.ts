import { describe, expect, it } from 'vitest';
import { addMonths, businessDateIn, lastMonths, monthBounds } from './months.js';

describe('business months', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
  });

  it('lists the last months oldest first, ending with the month given', () => {
    expect(lastMonths('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('bounds a month at local midnight: Shanghai’s November starts at 16:00 UTC on 31 October', () => {
    expect(monthBounds('2026-11', 'Asia/Shanghai')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
  });

  it('dates an instant in the organisation’s zone, not in UTC', () => {
    expect(businessDateIn(new Date('2026-11-30T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(businessDateIn(new Date('2026-11-30T17:00:00Z'), 'UTC')).toBe('2026-11-30');
  });
});
