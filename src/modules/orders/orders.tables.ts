import type { PaymentMethod } from '../money/payment-methods.js';
import type { Channel, OrderState } from './order.types.js';

export interface BlobTable {
  tenant_id: string;
  id: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: string;
}

export interface OrderTable {
  tenant_id: string;
  id: string;
  number: string;
  type: string;
  office_id: string;
  state: OrderState;
  version: number;
  channel: Channel;
  customer_name: string;
  customer_phone: string | null;
  address: string | null;
  description: string | null;
  staff_count: number | null;
  /** Why fewer staff went than were confirmed, as agreed with the owner (A7.4.2); null when the count was met. */
  staff_short_reason: string | null;
  appointment_start: string | null;
  appointment_end: string | null;
  price_list_id: string | null;
  price_accepted_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  service_fee_fen: number;
  material_fee_fen: number;
  total_fen: number;
  requested_at: string;
  quoted_at: string | null;
  confirmed_at: string | null;
  assigned_at: string | null;
  departed_at: string | null;
  arrived_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  accepted_at: string | null;
  paid_at: string | null;
  closed_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  /** The special-service agreement whose visit this order is (set by order-from-agreement.ts). */
  agreement_id?: string | null;
  /** The unit of the estate register the order is for, when intake picked one (`address` holds the place either way). */
  unit_id?: string | null;
  /** `monthly`: charged on its agreement's monthly statement, never paid or invoiced alone. */
  billing: 'per_order' | 'monthly';
  /** The type's own details (types/*.type.ts) as JSON text, checked by the type's schema; `{}` for types without. */
  details: string;
  round: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderLineTable {
  tenant_id: string;
  order_id: string;
  line_no: number;
  item_id: string;
  item_name: string;
  unit: string;
  unit_price_fen: number | null;
  quantity_milli: number;
  amount_fen: number | null;
}

export interface OrderMaterialTable {
  tenant_id: string;
  order_id: string;
  line_no: number;
  name: string;
  unit_label: string;
  unit_price_fen: number;
  quantity_milli: number;
  amount_fen: number;
}

export interface OrderAssigneeTable {
  tenant_id: string;
  id: string;
  order_id: string;
  user_id: string;
  assigned_at: string;
  released_at: string | null;
}

export interface OrderRoundTable {
  tenant_id: string;
  order_id: string;
  round_no: number;
  started_at: string | null;
  finished_at: string | null;
  outcome: 'accepted' | 'rework' | null;
  reason: string | null;
  signer_name: string | null;
  signature_blob_id: string | null;
  decided_at: string | null;
}

export interface OrderPaymentTable {
  tenant_id: string;
  id: string;
  order_id: string;
  amount_fen: number;
  method: PaymentMethod;
  collected_by: string;
  collected_by_name: string;
  collected_at: string;
}

export interface OrderPhotoTable {
  tenant_id: string;
  order_id: string;
  blob_id: string;
  added_by: string;
  added_at: string;
}

/** A4.7: a verbal approval got on site when parts were short, recorded by the technician, confirmed by the manager. */
export interface OrderVerbalApprovalTable {
  tenant_id: string;
  id: string;
  order_id: string;
  /** Who gave it on the phone (the GPS manager, usually). */
  approver_name: string;
  /** What was approved: e.g. 配件不足，同意先用备用终端代换. */
  content: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: string;
  /** The manager's confirmation afterwards; null while it stands on the technician's word. */
  confirmed_by_name: string | null;
  confirmed_at: string | null;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    orders: OrderTable;
    order_lines: OrderLineTable;
    order_materials: OrderMaterialTable;
    order_assignees: OrderAssigneeTable;
    order_rounds: OrderRoundTable;
    order_payments: OrderPaymentTable;
    order_photos: OrderPhotoTable;
    order_verbal_approvals: OrderVerbalApprovalTable;
    blobs: BlobTable;
  }
}
