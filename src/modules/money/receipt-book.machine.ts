import { decide, type Machine, refusal } from '../../platform/machine.js';
import { bookSize, missingNumbers } from './receipt-book.rules.js';
import type { BookState, ReceiptBook, RequestState } from './receipt-book.types.js';

export type BookCommand = 'issue' | 'take_number' | 'use_up' | 'settle';

/**
 * A receipt book: registered into finance's stock, issued to a cashier, used up by its last receipt and
 * settled (核销) when its stubs come back. `take_number` and `use_up` happen in one SQL statement when a
 * receipt takes a number (receipt-book.repo `takeNumber`, which starts only from `take_number`'s states).
 */
export const BOOK_MACHINE: Machine<BookState, BookCommand> = {
  record: 'book',
  table: {
    issue: { from: ['in_stock'], to: 'issued' },
    take_number: { from: ['issued'] },
    use_up: { from: ['issued'], to: 'used_up' },
    settle: { from: ['used_up'], to: 'settled' },
  },
  initial: ['in_stock'],
  terminal: ['settled'],
  refusals: ['book.count_mismatch'],
};

/** Settling checks the stubs: every number of the range issued or voided, once (`stubs` absent: not counted yet). */
export function decideBook(
  book: Pick<ReceiptBook, 'state' | 'firstNo' | 'lastNo'>,
  command: BookCommand,
  facts: { stubs?: readonly number[] } = {},
) {
  return decide(BOOK_MACHINE, book.state, command, () => {
    if (command === 'settle' && facts.stubs) {
      if (missingNumbers(book, facts.stubs).length || facts.stubs.length !== bookSize(book)) return refusal('book.count_mismatch');
    }
    return null;
  });
}

export type BookRequestCommand = 'fulfil' | 'decline';

/** A department's request for a book (领用申请): finance fulfils it with a book from stock, or declines it. */
export const BOOK_REQUEST_MACHINE: Machine<RequestState, BookRequestCommand> = {
  record: 'book_request',
  table: {
    fulfil: { from: ['pending'], to: 'fulfilled' },
    decline: { from: ['pending'], to: 'declined' },
  },
  initial: ['pending'],
  terminal: ['fulfilled', 'declined'],
  refusals: [],
};

/** A request is decided once; the reason to decline is checked by the route's schema. */
export const decideBookRequest = (state: RequestState, command: BookRequestCommand) => decide(BOOK_REQUEST_MACHINE, state, command);
