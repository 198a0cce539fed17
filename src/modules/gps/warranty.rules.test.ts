import { describe, expect, it } from 'vitest';
import { underWarranty } from './warranty.rules.js';

describe('warranty of a terminal (A4.2)', () => {
  it('holds up to and including the warranty end, and never without one', () => {
    expect(underWarranty('2026-12-04', '2026-12-04')).toBe(true);
    expect(underWarranty('2026-12-04', '2026-12-05')).toBe(false);
    expect(underWarranty('2027-06-30', '2026-12-31')).toBe(true);
    expect(underWarranty(null, '2026-01-01')).toBe(false);
  });
});
