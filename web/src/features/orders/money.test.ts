import { describe, expect, it } from 'vitest';
import { lineAmount, milliText, quantityToMilli } from './money';

describe('order quantities on the web', () => {
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
