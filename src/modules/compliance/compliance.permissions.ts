import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const COMPLIANCE_READ = 'compliance.read';

export const compliancePermissions: PermissionDef[] = [
  { code: COMPLIANCE_READ, description: 'See the compliance view: every clause with its breaches in the subtree (X5)' },
];

/**
 * Those who answer for an office or the whole organisation, and every role a monitor names as responsible (its
 * breaches reach them as to-dos only where they read the view: module-list.test.ts checks), and the GPS department's
 * manager, who answers for 篇四.
 */
export const complianceRoleDefaults: RoleDefaults = {
  general_manager: [COMPLIANCE_READ],
  hq_business: [COMPLIANCE_READ],
  office_head: [COMPLIANCE_READ],
  organisation_head: [COMPLIANCE_READ],
  health_centre_head: [COMPLIANCE_READ],
  station_head: [COMPLIANCE_READ],
  finance_custodian: [COMPLIANCE_READ],
  customer_service_supervisor: [COMPLIANCE_READ],
  environment_supervisor: [COMPLIANCE_READ],
  cashier: [COMPLIANCE_READ],
  security_supervisor: [COMPLIANCE_READ],
  social_worker: [COMPLIANCE_READ],
  gps_manager: [COMPLIANCE_READ],
  project_supervisor: [COMPLIANCE_READ],
};
