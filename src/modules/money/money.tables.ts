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
  state: 'offered' | 'confirmed' | 'refused';
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
  state: 'submitted' | 'confirmed';
  confirmed_by: string | null;
  confirmed_at: string | null;
  created_at: string;
}

export interface RemittancePaymentTable {
  tenant_id: string;
  remittance_id: string;
  payment_id: string;
}

export interface InvoiceTable {
  tenant_id: string;
  id: string;
  order_id: string;
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
}
