import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const AGREEMENTS_READ = 'agreements.read';
export const AGREEMENTS_MANAGE = 'agreements.manage';
export const AGREEMENTS_APPROVE = 'agreements.approve';

export const agreementPermissions: PermissionDef[] = [
  { code: AGREEMENTS_READ, description: 'See the special-service agreements of the subtree and their visits' },
  {
    code: AGREEMENTS_MANAGE,
    description: 'Draw up, sign, activate, end or terminate special-service agreements; skip or move their visits (A7.4.3, A7.4.9)',
  },
  { code: AGREEMENTS_APPROVE, description: 'Approve an agreement price negotiated off the posted list (A7.4.3: the office head)' },
];

const read = [AGREEMENTS_READ];
export const agreementRoleDefaults: RoleDefaults = {
  general_manager: read,
  hq_business: read,
  department_manager: read,
  // the cashier charges what the agreement says (收费员按《业主特约服务协议书》的收费金额进行收费确认并开具发票)
  cashier: read,
  office_head: [AGREEMENTS_READ, AGREEMENTS_MANAGE, AGREEMENTS_APPROVE],
  environment_supervisor: [AGREEMENTS_READ, AGREEMENTS_MANAGE],
  customer_service_supervisor: [AGREEMENTS_READ, AGREEMENTS_MANAGE],
};
