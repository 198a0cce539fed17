import { describe, expect, it } from 'vitest';
import { addFen, fenSchema, formatFen } from './money.js';

describe('fen', () => {
  it('accepts whole non-negative fen and refuses fractions and negatives', () => {
    expect(fenSchema.safeParse(12050).success).toBe(true);
    expect(fenSchema.safeParse(120.5).success).toBe(false);
    expect(fenSchema.safeParse(-1).success).toBe(false);
  });
  it('adds exactly where floats would drift', () => {
    expect(addFen(10, 20)).toBe(30);
    expect(() => addFen(0.1, 0.2)).toThrow(RangeError);
  });
  it('shows yuan with two decimals', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
  });
});
