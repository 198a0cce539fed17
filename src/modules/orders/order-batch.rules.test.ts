import { describe, expect, it } from 'vitest';
import { firstRepeat } from './order-batch.rules.js';

describe('firstRepeat', () => {
  it('names the second mention of an order, not the first', () => {
    expect(firstRepeat(['a', 'b', 'c', 'b', 'a'])).toBe(3);
  });
  it('answers -1 when every order is named once', () => {
    expect(firstRepeat(['a', 'b', 'c'])).toBe(-1);
    expect(firstRepeat([])).toBe(-1);
  });
});
