/** The events the money module publishes for other modules (see platform/events.ts). */
export interface StatementPaid {
  statementId: string;
  /** How histories name the statement, e.g. the agreement number and month. */
  label: string;
  /** The visits (orders) the statement charged: they are paid with it. */
  orderIds: readonly string[];
}

/** A voided receipt of a payment was replaced (补开): the payment's receipt is the new one. */
export interface ReceiptReplaced {
  paymentId: string;
  voidedId: string;
  receiptId: string;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 补开: a module that keeps a payment's receipt (a fee payment, a parking collection) points it to the new one. */
    'receipt.replaced': ReceiptReplaced;
    /** A monthly statement was paid (A7.4.3): its visits are paid with it, in the same transaction. */
    'statement.paid': StatementPaid;
  }
}
