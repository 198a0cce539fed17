import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const CATALOG_MANAGE = 'catalog.manage';
export const PRICELIST_EDIT = 'pricelist.edit';
export const PRICELIST_APPROVE = 'pricelist.approve';

export const catalogPermissions: PermissionDef[] = [
  { code: CATALOG_MANAGE, description: 'Define the service items offered (name, category, pricing unit)' },
  { code: PRICELIST_EDIT, description: 'Prepare an office’s paid-service price list and submit it (A2.3: department managers price)' },
  { code: PRICELIST_APPROVE, description: 'Approve or return an office’s price list and publish it (A2.4.2.1: the office head)' },
];

export const catalogRoleDefaults: RoleDefaults = {
  system_admin: [CATALOG_MANAGE, PRICELIST_EDIT, PRICELIST_APPROVE],
  hq_business: [CATALOG_MANAGE],
  office_head: [PRICELIST_EDIT, PRICELIST_APPROVE],
  department_manager: [PRICELIST_EDIT],
  environment_supervisor: [PRICELIST_EDIT],
};
