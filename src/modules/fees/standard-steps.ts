import type { StandardState } from './fee.types.js';
import type { StandardStep } from './fee-standard.types.js';

/**
 * The approval part of a standard on the fee standards' chain (property fees, parking): its state, who took each
 * step and when, the reason it was returned, and the bookkeeping every record has. Stored as the same columns in
 * `fee_standards` and `parking_standards`; these two functions are the one mapping between record and row.
 */
export interface ApprovalRecord {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  effectiveMonth: string;
  note: string;
  state: StandardState;
  submitted: StandardStep;
  reviewed: StandardStep;
  approved: StandardStep;
  returned: StandardStep;
  returnReason: string | null;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ApprovalColumns {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
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

export const approvalOfRow = (r: ApprovalColumns): ApprovalRecord => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  effectiveMonth: r.effective_month,
  note: r.note,
  state: r.state,
  submitted: { by: r.submitted_by, byName: r.submitted_by_name, at: r.submitted_at },
  reviewed: { by: r.reviewed_by, byName: r.reviewed_by_name, at: r.reviewed_at },
  approved: { by: r.approved_by, byName: r.approved_by_name, at: r.approved_at },
  returned: { by: r.returned_by, byName: r.returned_by_name, at: r.returned_at },
  returnReason: r.return_reason,
  createdBy: r.created_by,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const approvalColumns = (s: ApprovalRecord): ApprovalColumns => ({
  tenant_id: s.tenantId,
  id: s.id,
  office_id: s.officeId,
  estate_id: s.estateId,
  effective_month: s.effectiveMonth,
  note: s.note,
  state: s.state,
  submitted_by: s.submitted.by,
  submitted_by_name: s.submitted.byName,
  submitted_at: s.submitted.at,
  reviewed_by: s.reviewed.by,
  reviewed_by_name: s.reviewed.byName,
  reviewed_at: s.reviewed.at,
  approved_by: s.approved.by,
  approved_by_name: s.approved.byName,
  approved_at: s.approved.at,
  returned_by: s.returned.by,
  returned_by_name: s.returned.byName,
  returned_at: s.returned.at,
  return_reason: s.returnReason,
  created_by: s.createdBy,
  version: s.version,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});
