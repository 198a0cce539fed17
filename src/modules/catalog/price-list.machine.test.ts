import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { PRICE_LIST_STATES } from './catalog.types.js';
import { decidePriceList, PRICE_LIST_MACHINE } from './price-list.machine.js';

describe('price list machine', () => {
  it('reaches every state from a draft, and has no way out of a superseded list', () => {
    expect(machineFaults(PRICE_LIST_MACHINE, PRICE_LIST_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });
  it('refuses to submit an empty list, or to return one without a reason', () => {
    expect(decidePriceList('draft', 'submit', { lineCount: 0 })).toEqual({ refusal: { kind: 'unprocessable', code: 'pricelist.empty' } });
    expect(decidePriceList('submitted', 'return', { lineCount: 3, reason: ' ' })).toEqual({
      refusal: { kind: 'unprocessable', code: 'pricelist.reason_required' },
    });
    expect(decidePriceList('submitted', 'return', { lineCount: 3, reason: '地毯清洗价格偏高' })).toEqual({ next: 'returned' });
  });
  it('allows publishing only an approved list', () => {
    expect(decidePriceList('submitted', 'publish', { lineCount: 3 })).toEqual({
      refusal: { kind: 'conflict', code: 'pricelist.invalid_transition' },
    });
    expect(decidePriceList('approved', 'publish', { lineCount: 3 })).toEqual({ next: 'published' });
  });
  it('lets a returned list be edited and submitted again', () => {
    expect(decidePriceList('returned', 'edit', { lineCount: 1 })).toEqual({ next: 'returned' });
    expect(decidePriceList('returned', 'submit', { lineCount: 1 })).toEqual({ next: 'submitted' });
  });
});
