import type { AgreementState, PaymentTerms, VisitState } from './agreement.types.js';

export interface AgreementTable {
  tenant_id: string;
  id: string;
  number: string;
  office_id: string;
  state: AgreementState;
  version: number;
  owner_name: string;
  owner_phone: string;
  address: string;
  /** The unit of the estate register served, when one was picked (`address` holds the place either way). */
  unit_id?: string | null;
  staff_count: number;
  /** JSON array of ISO weekdays, e.g. `[2,5]`. */
  weekdays: string;
  /** JSON array of days of the month, e.g. `[1]`. */
  month_days: string;
  window_start: string;
  window_end: string;
  start_date: string;
  end_date: string;
  payment_terms: PaymentTerms;
  notes: string | null;
  price_approved_at: string | null;
  price_approved_by: string | null;
  owner_signer_name: string | null;
  owner_signature_blob_id: string | null;
  office_signer_name: string | null;
  office_signature_blob_id: string | null;
  signed_at: string | null;
  activated_at: string | null;
  ended_at: string | null;
  terminated_at: string | null;
  close_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementItemTable {
  tenant_id: string;
  agreement_id: string;
  line_no: number;
  item_id: string;
  item_name: string;
  unit: string;
  category: string;
  quantity_milli: number;
  unit_price_fen: number;
  list_price_fen: number | null;
}

export interface AgreementVisitTable {
  tenant_id: string;
  id: string;
  agreement_id: string;
  planned_date: string;
  window_start: string;
  window_end: string;
  order_id: string | null;
  order_number: string | null;
  state: VisitState;
  reason: string | null;
  moved_from: string | null;
  moved_to: string | null;
  created_at: string;
  updated_at: string;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    agreements: AgreementTable;
    agreement_items: AgreementItemTable;
    agreement_visits: AgreementVisitTable;
  }
}
