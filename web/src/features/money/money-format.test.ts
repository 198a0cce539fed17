import { describe, expect, it } from 'vitest';
import { formatFen, yuanToFen } from './money-format';

describe('yuan input', () => {
  it('parses to fen without floats', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('120')).toBe(12000);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('1.')).toBe(100);
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '-3', '1e3', '1,000']) expect(yuanToFen(bad)).toBeNull();
  });
  it('shows yuan', () => expect(formatFen(1250)).toBe('¥12.50'));
});
