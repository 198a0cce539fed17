import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const ESTATES_READ = 'estates.read';
export const ESTATES_MANAGE = 'estates.manage';

export const estatePermissions: PermissionDef[] = [
  { code: ESTATES_READ, description: 'See the estate register of the subtree: estates, buildings, units and their residents' },
  {
    code: ESTATES_MANAGE,
    description: 'Add and change estates, buildings, units and residents, and import them from Excel (A2.4.1.1)',
  },
];

const read = [ESTATES_READ];
const manage = [ESTATES_READ, ESTATES_MANAGE];
export const estateRoleDefaults: RoleDefaults = {
  general_manager: read,
  hq_business: read,
  department_manager: read,
  // the cashier finds the unit and its owner at the desk (A2.3) but does not keep the register
  cashier: read,
  finance_custodian: read,
  environment_supervisor: read,
  office_head: manage,
  customer_service_supervisor: manage,
};
