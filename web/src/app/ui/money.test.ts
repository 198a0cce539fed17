import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, yuanToFen } from './money';

describe('the web’s one money formatter', () => {
  it('reads typed yuan as integer fen by its digits', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('0.05')).toBe(5);
    expect(yuanToFen('40')).toBe(4000);
    expect(yuanToFen('40.')).toBe(4000);
    expect(yuanToFen(' ¥1,200.10 ')).toBe(120010);
    // 0.1 + 0.2 style traps never happen: 19.99 is 1999, not 1998.9999…
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-3')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('')).toBeNull();
  });

  it('shows fen as yuan exactly', () => {
    expect(fenToYuan(12000)).toBe('120.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(formatFen(12000)).toBe('¥120.00');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '-3', '1e3', '1,0,0.5.1']) expect(yuanToFen(bad)).toBeNull();
  });
  it('shows negative amounts with their sign', () => expect(fenToYuan(-1250)).toBe('-12.50'));
});
