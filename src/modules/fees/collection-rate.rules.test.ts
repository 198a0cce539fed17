import { describe, expect, it } from 'vitest';
import { figuresOf, ratePermille, totalOf } from './collection-rate.rules.js';

describe('the collection rate (收缴率, A2.3)', () => {
  it('is received over receivable in permille, rounded down, and none when nothing was receivable', () => {
    expect(ratePermille(0, 0)).toBeNull();
    expect(ratePermille(5, 0)).toBeNull();
    expect(ratePermille(0, 100)).toBe(0);
    expect(ratePermille(9999, 10000)).toBe(999);
    // nearest, not rounded down (金色家园: ¥3,406.87 of ¥29,123.89 is 11.698 %)
    expect(ratePermille(340687, 2912389)).toBe(117);
    // short of every fen is never 100 %
    expect(ratePermille(99_999, 100_000)).toBe(999);
    expect(ratePermille(10000, 10000)).toBe(1000);
    expect(ratePermille(1, 3)).toBe(333);
  });

  it('derives outstanding so received + outstanding = receivable', () => {
    const f = figuresOf({ receivable: 1000, received: 250, receivedInMonth: 200, recovered: 40, bills: 3 });
    expect(f.outstanding).toBe(750);
    expect(f.received + f.outstanding).toBe(f.receivable);
    expect(f.ratePermille).toBe(250);
  });

  it('totals the detail rows and takes the rate of the totals, not the mean of the rates', () => {
    const rows = [
      figuresOf({ receivable: 1000, received: 1000, receivedInMonth: 900, recovered: 0, bills: 1 }),
      figuresOf({ receivable: 3000, received: 0, receivedInMonth: 0, recovered: 500, bills: 2 }),
      figuresOf({ receivable: 0, received: 0, receivedInMonth: 0, recovered: 70, bills: 0 }),
    ];
    expect(totalOf(rows)).toEqual({
      receivable: 4000,
      received: 1000,
      receivedInMonth: 900,
      outstanding: 3000,
      recovered: 570,
      bills: 3,
      ratePermille: 250,
    });
    expect(totalOf([]).ratePermille).toBeNull();
  });
});
