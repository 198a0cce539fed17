import type { ReceiptBook } from './receipt-book.types.js';

export function receiptNumber(series: string, seqNo: number): string {
  return `${series}-${String(seqNo).padStart(7, '0')}`;
}

/** How many numbers a book holds. */
export const bookSize = (b: Pick<ReceiptBook, 'firstNo' | 'lastNo'>) => b.lastNo - b.firstNo + 1;

/**
 * Settling (核销) checks the stubs against the range: every number was issued or voided, none twice,
 * none missing. Returns the missing numbers (empty when the book balances).
 */
export function missingNumbers(book: Pick<ReceiptBook, 'firstNo' | 'lastNo'>, stubs: readonly number[]): number[] {
  const seen = new Set(stubs);
  const missing: number[] = [];
  for (let n = book.firstNo; n <= book.lastNo; n++) if (!seen.has(n)) missing.push(n);
  return missing;
}

/** Gaps among numbers already taken from a book (first … next-1 without a receipt): should never happen. */
export function gapsTaken(book: Pick<ReceiptBook, 'firstNo' | 'nextNo'>, stubs: readonly number[]): number[] {
  return missingNumbers({ firstNo: book.firstNo, lastNo: book.nextNo - 1 }, stubs);
}

/**
 * A2.4.3 monitor: the numbers skipped in a book still in use (issued or used up). A settled book balanced when
 * it was settled (`missingNumbers`), and one in stock has no numbers taken.
 */
export function skippedInUse(book: Pick<ReceiptBook, 'state' | 'firstNo' | 'nextNo'>, stubs: readonly number[]): number[] {
  return book.state === 'issued' || book.state === 'used_up' ? gapsTaken(book, stubs) : [];
}

/** A used-up book whose stubs have not come back within `days` (A2.4.3). */
export function returnOverdue(book: Pick<ReceiptBook, 'state' | 'usedUpAt'>, now: Date, days: number): boolean {
  return book.state === 'used_up' && book.usedUpAt !== null && now.getTime() - Date.parse(book.usedUpAt) > days * 86_400_000;
}

/** Ranges of two books of one series must not overlap. */
export function overlaps(a: Pick<ReceiptBook, 'firstNo' | 'lastNo'>, b: Pick<ReceiptBook, 'firstNo' | 'lastNo'>): boolean {
  return a.firstNo <= b.lastNo && b.firstNo <= a.lastNo;
}
