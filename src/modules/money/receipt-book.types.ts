/** A numbered receipt book (票据): finance registers it, issues it to a cashier, and settles (核销) it when used up. */
export const BOOK_STATES = ['in_stock', 'issued', 'used_up', 'settled'] as const;
export type BookState = (typeof BOOK_STATES)[number];

export interface ReceiptBook {
  id: string;
  tenantId: string;
  series: string;
  firstNo: number;
  lastNo: number;
  /** The number the next receipt takes. */
  nextNo: number;
  state: BookState;
  /** The office the book is issued to (its cashier's node). */
  holderOrgId: string;
  cashierId: string | null;
  requestId: string | null;
  registeredAt: string;
  issuedAt: string | null;
  usedUpAt: string | null;
  settledAt: string | null;
  settledBy: string | null;
  version: number;
}

export const REQUEST_STATES = ['pending', 'fulfilled', 'declined'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** A department's registration asking finance for a book (who, for which cashier, why). */
export interface BookRequest {
  id: string;
  orgId: string;
  requestedBy: string;
  requestedByName: string;
  cashierId: string;
  reason: string;
  state: RequestState;
  bookId: string | null;
  declineReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** Fixed receipt lines: the material fee; a service fee of a payment whose own lines are not known. */
export const RECEIPT_LINE_KEYS = ['materials', 'service'] as const;
export type ReceiptLineKey = (typeof RECEIPT_LINE_KEYS)[number];

/**
 * A line of a receipt: the item as its record names it, and its amount. `key` marks a line whose name is a fixed
 * word (材料费) rather than a record's own name, so a print in another language names it in that language.
 */
export interface ReceiptItem {
  name: string;
  amountFen: number;
  key?: ReceiptLineKey;
}

export interface Receipt {
  id: string;
  bookId: string;
  seqNo: number;
  /** Printed number: series + the book number, e.g. A-0001234. */
  number: string;
  officeId: string;
  payer: string;
  items: ReceiptItem[];
  amountFen: number;
  method: string;
  cashierId: string;
  cashierName: string;
  issuedAt: string;
  orderId: string | null;
  paymentId: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  voidedBy: string | null;
  reprints: number;
}
