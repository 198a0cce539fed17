import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const COMPLIANCE_READ = 'compliance.read';

export const compliancePermissions: PermissionDef[] = [
  { code: COMPLIANCE_READ, description: 'See the compliance view: every clause with its breaches in the subtree (X5)' },
];

/** Those who answer for an office or the whole organisation, and the supervisors whose clauses are checked. */
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
};
