import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, lineAmount, milliText, quantityToMilli, yuanToFen } from './money';

describe('money on the web', () => {
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

  it('keeps quantities in thousandths', () => {
    expect(quantityToMilli('3')).toBe(3000);
    expect(quantityToMilli('85.5')).toBe(85500);
    expect(quantityToMilli('0.125')).toBe(125);
    expect(quantityToMilli('0')).toBeNull();
    expect(quantityToMilli('1.0001')).toBeNull();
    expect(milliText(24500)).toBe('24.5');
    expect(milliText(3000)).toBe('3');
    expect(milliText(125)).toBe('0.125');
  });

  it('prices a line as the server does, half up to the fen', () => {
    expect(lineAmount(4000, 3000)).toBe(12000);
    expect(lineAmount(800, 24500)).toBe(19600);
    expect(lineAmount(333, 1500)).toBe(500);
  });
});
