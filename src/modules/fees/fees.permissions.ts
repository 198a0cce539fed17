import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const FEES_READ = 'fees.read';
export const FEE_ITEMS_MANAGE = 'fees.items.manage';
export const FEE_STANDARDS_SUBMIT = 'fees.standards.submit';
export const FEE_STANDARDS_REVIEW = 'fees.standards.review';
export const FEE_STANDARDS_APPROVE = 'fees.standards.approve';
export const FEE_BILLS_RUN = 'fees.bills.run';
export const FEE_ADJUSTMENTS_REQUEST = 'fees.adjustments.request';
export const FEE_ADJUSTMENTS_APPROVE = 'fees.adjustments.approve';
export const FEE_COLLECT = 'fees.collect';
export const FEE_BANK = 'fees.bank';
export const FEE_SUPERVISE = 'fees.supervise';

export const feePermissions: PermissionDef[] = [
  { code: FEES_READ, description: 'See the fee items, standards, bills, payments and arrears of the subtree' },
  { code: FEE_ITEMS_MANAGE, description: 'Add and rename the fee items the company charges monthly (A2.3)' },
  { code: FEE_STANDARDS_SUBMIT, description: 'Draft fee standards for an estate and submit them to HQ (A2.3)' },
  { code: FEE_STANDARDS_REVIEW, description: 'Review submitted fee standards as the HQ business department: pass or return (A2.3)' },
  { code: FEE_STANDARDS_APPROVE, description: 'Approve reviewed fee standards as the general manager, or return them (A2.3)' },
  { code: FEE_BILLS_RUN, description: 'Start the monthly bill run of an estate (A2.4.1.1)' },
  { code: FEE_ADJUSTMENTS_REQUEST, description: 'Ask for a reduction or correction of a bill, with a reason' },
  { code: FEE_ADJUSTMENTS_APPROVE, description: 'Approve or reject bill adjustments as the office head' },
  { code: FEE_COLLECT, description: 'Take property-fee payments at the desk with a receipt (A2.3, A2.4.1.1)' },
  { code: FEE_BANK, description: 'Keep bank collection mandates, export batches and import the bank’s return files (托收, A2.3)' },
  { code: FEE_SUPERVISE, description: 'See the collection rate (收缴率) of the subtree (HQ supervision, A2.3)' },
];

export const feeRoleDefaults: RoleDefaults = {
  general_manager: [FEES_READ, FEE_STANDARDS_APPROVE, FEE_SUPERVISE],
  hq_business: [FEES_READ, FEE_ITEMS_MANAGE, FEE_STANDARDS_REVIEW, FEE_SUPERVISE],
  office_head: [FEES_READ, FEE_STANDARDS_SUBMIT, FEE_BILLS_RUN, FEE_ADJUSTMENTS_APPROVE, FEE_SUPERVISE],
  cashier: [FEES_READ, FEE_BILLS_RUN, FEE_ADJUSTMENTS_REQUEST, FEE_COLLECT, FEE_BANK],
  customer_service_supervisor: [FEES_READ, FEE_ADJUSTMENTS_REQUEST],
  finance_custodian: [FEES_READ],
};
