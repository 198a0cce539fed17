import type { HandoverState, RemittanceState } from './custody.machine.js';
import type { BookState, RequestState } from './receipt-book.types.js';

export interface ReceiptBookTable {
  tenant_id: string;
  id: string;
  series: string;
  first_no: number;
  last_no: number;
  next_no: number;
  state: BookState;
  holder_org_id: string;
  cashier_id: string | null;
  request_id: string | null;
  registered_at: string;
  issued_at: string | null;
  used_up_at: string | null;
  settled_at: string | null;
  settled_by: string | null;
  version: number;
}

export interface BookRequestTable {
  tenant_id: string;
  id: string;
  org_id: string;
  requested_by: string;
  requested_by_name: string;
  cashier_id: string;
  reason: string;
  state: RequestState;
  book_id: string | null;
  decline_reason: string | null;
  created_at: string;
  decided_at: string | null;
}

export interface ReceiptTable {
  tenant_id: string;
  id: string;
  book_id: string;
  seq_no: number;
  number: string;
  office_id: string;
  payer: string;
  items_json: string;
  amount_fen: number;
  method: string;
  cashier_id: string;
  cashier_name: string;
  issued_at: string;
  order_id: string | null;
  payment_id: string | null;
  voided_at: string | null;
  void_reason: string | null;
  voided_by: string | null;
  reprints: number;
}

export interface CashHoldingTable {
  tenant_id: string;
  payment_id: string;
  order_id: string | null;
  office_id: string;
  payer: string;
  amount_fen: number;
  holder_id: string;
  holder_name: string;
  since: string;
  receipt_id: string | null;
  remittance_id: string | null;
  settled_at: string | null;
  collected_at: string;
}

/**
 * A payment taken by someone who writes no receipts (a cleaner, a nurse, a technician): what its receipt will say —
 * the order's own lines — until a cashier writes it (at the cash's hand-over, or for money paid into the office's
 * account, from the list of payments awaiting their receipt).
 */
export interface ReceiptDueTable {
  tenant_id: string;
  payment_id: string;
  order_id: string | null;
  office_id: string;
  /** What a person looks the payment up by: the order's number. */
  ref: string;
  payer: string;
  items_json: string;
  amount_fen: number;
  method: string;
  collected_by: string;
  collected_by_name: string;
  collected_at: string;
  receipt_id: string | null;
}

export interface HandoverTable {
  tenant_id: string;
  id: string;
  office_id: string;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  amount_fen: number;
  payment_ids_json: string;
  state: HandoverState;
  note: string | null;
  with_form: number;
  offered_at: string;
  decided_at: string | null;
}

export interface RemittanceTable {
  tenant_id: string;
  id: string;
  office_id: string;
  cashier_id: string;
  cashier_name: string;
  period_from: string;
  period_to: string;
  total_fen: number;
  state: RemittanceState;
  confirmed_by: string | null;
  confirmed_at: string | null;
  created_at: string;
  /** Why finance returned it to the cashier (退回), once returned. */
  return_reason: string | null;
  /** What finance counted when it returned it, if it said, fen. */
  counted_fen: number | null;
  returned_by: string | null;
  returned_at: string | null;
}

export interface RemittancePaymentTable {
  tenant_id: string;
  remittance_id: string;
  payment_id: string;
  /** When its remittance was returned to the cashier: the payment may go into another one. */
  returned_at: string | null;
}

export interface InvoiceTable {
  tenant_id: string;
  id: string;
  /** The order invoiced, or null for a monthly statement's invoice. */
  order_id: string | null;
  /** The monthly statement invoiced (an agreement paid monthly), or null. */
  statement_id: string | null;
  office_id: string;
  number: string;
  kind: 'vat_general' | 'vat_special' | 'other';
  invoice_date: string;
  amount_fen: number;
  issued_by: string;
  issued_at: string;
  delivered_at: string | null;
  delivered_by: string | null;
  delivery_note: string | null;
  /** When the delivery deadline starts to run (A7.4.8): the order's acceptance, or the statement's month end. */
  basis_at: string;
  /** Once delivered: how long after `basis_at` it reached the owner, ms. */
  delivery_delay_ms: number | null;
}

/** A monthly statement of an agreement paid monthly: its month's accepted visits, one payment, one invoice. */
export interface StatementTable {
  tenant_id: string;
  id: string;
  agreement_id: string;
  office_id: string;
  customer_name: string;
  /** YYYY-MM in the organisation's zone. */
  month: string;
  period_start: string;
  period_end: string;
  amount_fen: number;
  visit_count: number;
  version: number;
  payment_id: string | null;
  paid_at: string | null;
  paid_method: string | null;
  paid_by_name: string | null;
  created_at: string;
  updated_at: string;
}

/** A visit's order on its statement, with the amount it adds. */
export interface StatementOrderTable {
  tenant_id: string;
  order_id: string;
  statement_id: string;
  office_id: string;
  accepted_at: string;
  amount_fen: number;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    receipt_books: ReceiptBookTable;
    book_requests: BookRequestTable;
    receipts: ReceiptTable;
    cash_holdings: CashHoldingTable;
    receipts_due: ReceiptDueTable;
    handovers: HandoverTable;
    remittances: RemittanceTable;
    remittance_payments: RemittancePaymentTable;
    invoices: InvoiceTable;
    statements: StatementTable;
    statement_orders: StatementOrderTable;
  }
}
