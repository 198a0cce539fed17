import type {
  AdjustmentState,
  BankBatchState,
  BankLineState,
  BillRunState,
  BillState,
  FeeBasis,
  MandateState,
  RateOccupancy,
  RateUse,
  StandardState,
} from './fee.types.js';

export interface FeeItemTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FeeStandardTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  item_id: string;
  basis: FeeBasis;
  effective_month: string;
  note: string;
  state: StandardState;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
  returned_by: string | null;
  returned_by_name: string | null;
  returned_at: string | null;
  return_reason: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FeeStandardRateTable {
  tenant_id: string;
  standard_id: string;
  use: RateUse;
  occupancy: RateOccupancy;
  rate_fen: number;
}

export interface FeeBillRunTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  period: string;
  state: BillRunState;
  unit_total: number;
  unit_done: number;
  bills_created: number;
  units_skipped: number;
  /** The last unit id written, so a run killed in the middle goes on from there. */
  cursor: string | null;
  error: string | null;
  started_by: string | null;
  started_by_name: string;
  started_at: string;
  finished_at: string | null;
  version: number;
}

export interface FeeBillTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  building_id: string;
  unit_id: string;
  item_id: string;
  standard_id: string;
  period: string;
  basis: FeeBasis;
  rate_fen: number;
  area_milli: number;
  days_billed: number;
  days_in_period: number;
  amount_fen: number;
  /** The sum of the approved adjustments (signed); what is due is amount + adjustment. */
  adjustment_fen: number;
  payer_name: string;
  state: BillState;
  run_id: string | null;
  /** Set while the bill is in a bank batch whose return file is not imported: the desk may not take it then. */
  bank_batch_id: string | null;
  payment_id: string | null;
  paid_at: string | null;
  /** The business month (`YYYY-MM`, the tenant's zone) of `paid_at`: what the collection rate groups by. */
  paid_period: string | null;
  created_at: string;
  version: number;
}

/**
 * What is due and how many bills, per building, month billed and month paid ('' while open): the collection rate
 * reads these few rows instead of every bill. Every write of a bill moves them in its transaction.
 */
export interface FeeBillTotalTable {
  tenant_id: string;
  office_id: string;
  estate_id: string;
  building_id: string;
  period: string;
  paid_period: string;
  due_fen: number;
  bills: number;
}

export interface FeeAdjustmentTable {
  tenant_id: string;
  id: string;
  bill_id: string;
  office_id: string;
  amount_fen: number;
  reason: string;
  state: AdjustmentState;
  requested_by: string;
  requested_by_name: string;
  requested_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
}

export interface FeePaymentTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  unit_id: string;
  payer: string;
  /** A payment method of `money/payment-methods.ts`, or `bank_collection` for a bank batch's paid line. */
  method: string;
  amount_fen: number;
  receipt_id: string | null;
  bank_batch_id: string | null;
  cashier_id: string | null;
  cashier_name: string;
  paid_at: string;
}

export interface BankMandateTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  unit_id: string;
  /** 托收协议号: how the bank knows the mandate (the export file carries it, never the full account number). */
  mandate_no: string;
  bank_name: string;
  account_holder: string;
  account_no_masked: string;
  signed_date: string;
  state: MandateState;
  cancelled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface BankBatchTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  number: string;
  period: string;
  state: BankBatchState;
  line_count: number;
  total_fen: number;
  paid_count: number;
  paid_fen: number;
  failed_count: number;
  exported_by: string;
  exported_by_name: string;
  exported_at: string;
  returned_at: string | null;
  return_file_hash: string | null;
  version: number;
}

export interface BankBatchLineTable {
  tenant_id: string;
  batch_id: string;
  line_no: number;
  bill_id: string;
  unit_id: string;
  mandate_id: string;
  amount_fen: number;
  state: BankLineState;
  fail_reason: string | null;
  payment_id: string | null;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    fee_items: FeeItemTable;
    fee_standards: FeeStandardTable;
    fee_standard_rates: FeeStandardRateTable;
    fee_bill_runs: FeeBillRunTable;
    fee_bills: FeeBillTable;
    fee_bill_totals: FeeBillTotalTable;
    fee_adjustments: FeeAdjustmentTable;
    fee_payments: FeePaymentTable;
    bank_mandates: BankMandateTable;
    bank_batches: BankBatchTable;
    bank_batch_lines: BankBatchLineTable;
  }
}
