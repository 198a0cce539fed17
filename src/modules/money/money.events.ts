/** The events the money module publishes for other modules (see platform/events.ts). */
export interface StatementPaid {
  statementId: string;
  /** How histories name the statement, e.g. the agreement number and month. */
  label: string;
  /** The visits (orders) the statement charged: they are paid with it. */
  orderIds: readonly string[];
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** A monthly statement was paid (A7.4.3): its visits are paid with it, in the same transaction. */
    'statement.paid': StatementPaid;
  }
}
