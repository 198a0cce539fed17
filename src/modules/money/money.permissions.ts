import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const FINANCE_CUSTODIAN = 'finance.custodian';
export const RECEIPTS_REQUEST = 'receipts.request';
export const RECEIPTS_ISSUE = 'receipts.issue';
export const RECEIPTS_READ = 'receipts.read';

export const moneyPermissions: PermissionDef[] = [
  {
    code: FINANCE_CUSTODIAN,
    description: 'Register receipt books, issue them to cashiers, take back stubs and settle (核销) used-up books (A2.4.3)',
  },
  { code: RECEIPTS_REQUEST, description: 'Request a receipt book from finance for a cashier of the department (A2.4.3)' },
  { code: RECEIPTS_ISSUE, description: 'Issue receipts from one’s own book and void them with a reason (A2.4.2.5)' },
  { code: RECEIPTS_READ, description: 'See receipt books and receipts of the subtree' },
];

export const moneyRoleDefaults: RoleDefaults = {
  finance_custodian: [FINANCE_CUSTODIAN, RECEIPTS_READ],
  cashier: [RECEIPTS_ISSUE, RECEIPTS_REQUEST, RECEIPTS_READ],
  office_head: [RECEIPTS_REQUEST, RECEIPTS_READ],
  general_manager: [RECEIPTS_READ],
  hq_business: [RECEIPTS_READ],
};
