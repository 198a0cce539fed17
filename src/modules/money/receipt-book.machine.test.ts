import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { BOOK_MACHINE, BOOK_REQUEST_MACHINE, decideBook, decideBookRequest } from './receipt-book.machine.js';
import { BOOK_STATES, REQUEST_STATES } from './receipt-book.types.js';

const book = (state: (typeof BOOK_STATES)[number]) => ({ state, firstNo: 1, lastNo: 3 });
const fine = { unreachable: [], terminalWithWayOut: [], stuck: [] };

describe('receipt book machine', () => {
  it('reaches every state from stock, and a settled book never moves again', () => {
    expect(machineFaults(BOOK_MACHINE, BOOK_STATES)).toEqual(fine);
  });
  it('issues only a book in stock, and settles only a used-up one', () => {
    expect(decideBook(book('in_stock'), 'issue')).toEqual({ next: 'issued' });
    for (const s of ['issued', 'used_up', 'settled'] as const)
      expect(decideBook(book(s), 'issue')).toEqual({ refusal: { kind: 'conflict', code: 'book.invalid_transition' } });
    expect(decideBook(book('issued'), 'settle', { stubs: [1, 2, 3] })).toEqual({
      refusal: { kind: 'conflict', code: 'book.invalid_transition' },
    });
  });
  it('settles when every number came back as a stub, once', () => {
    expect(decideBook(book('used_up'), 'settle', { stubs: [1, 2, 3] })).toEqual({ next: 'settled' });
    for (const stubs of [[1, 3], [1, 2, 3, 3], []])
      expect(decideBook(book('used_up'), 'settle', { stubs })).toEqual({ refusal: { kind: 'unprocessable', code: 'book.count_mismatch' } });
    expect(BOOK_MACHINE.refusals).toEqual(['book.count_mismatch']);
  });
  it('takes numbers only from an issued book', () => {
    expect(decideBook(book('issued'), 'take_number')).toEqual({ next: 'issued' });
    expect(decideBook(book('issued'), 'use_up')).toEqual({ next: 'used_up' });
    expect('refusal' in decideBook(book('used_up'), 'take_number')).toBe(true);
  });
});

describe('book request machine', () => {
  it('is decided once: fulfilled or declined', () => {
    expect(machineFaults(BOOK_REQUEST_MACHINE, REQUEST_STATES)).toEqual(fine);
    expect(decideBookRequest('pending', 'fulfil')).toEqual({ next: 'fulfilled' });
    expect(decideBookRequest('pending', 'decline')).toEqual({ next: 'declined' });
    for (const s of ['fulfilled', 'declined'] as const)
      for (const c of ['fulfil', 'decline'] as const)
        expect(decideBookRequest(s, c)).toEqual({ refusal: { kind: 'conflict', code: 'book_request.invalid_transition' } });
  });
});
