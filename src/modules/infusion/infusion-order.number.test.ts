import { describe, expect, it } from 'vitest';
import { physicianOrderNumber } from './infusion-order.service.js';

describe('a physician order’s number', () => {
  it('is YZ, the business day and the day’s sequence in four digits', () => {
    expect(physicianOrderNumber('2026-12-05', 1)).toBe('YZ-20261205-0001');
    expect(physicianOrderNumber('2026-12-31', 1234)).toBe('YZ-20261231-1234');
  });
});
