import { describe, expect, it } from 'vitest';
import { earlierOwed } from './earlier-owed';

const bill = (id: string, itemId: string, period: string, inBankCollection = false) => ({ id, itemId, period, inBankCollection });
const open = [
  bill('p08', 'property', '2026-08'),
  bill('w08', 'waste', '2026-08'),
  bill('p09', 'property', '2026-09'),
  bill('p10', 'property', '2026-10', true),
  bill('p11', 'property', '2026-11'),
];
const ids = (bills: { id: string }[]) => bills.map((b) => b.id);

describe('the months the desk asks about', () => {
  it('are none when the oldest months are ticked', () => {
    expect(earlierOwed(open, ['p08', 'w08'], [])).toEqual([]);
    expect(earlierOwed(open, ['p08', 'p09', 'p11'], [])).toEqual([]);
  });
  it('are the earlier months of the same item left unticked, not those of another item nor with the bank', () => {
    expect(ids(earlierOwed(open, ['p11'], []))).toEqual(['p08', 'p09']);
    expect(ids(earlierOwed(open, ['p09', 'w08'], []))).toEqual(['p08']);
  });
  it('are the open months of an item paid ahead without them', () => {
    expect(ids(earlierOwed(open, ['p08', 'w08'], ['property']))).toEqual(['p09', 'p11']);
  });
});
