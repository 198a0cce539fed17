import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const REPORTING_READ = 'reporting.read';
export const REPORTING_SUBMIT = 'reporting.submit';
export const REPORTING_ACKNOWLEDGE = 'reporting.acknowledge';

export const reportingPermissions: PermissionDef[] = [
  { code: REPORTING_READ, description: 'See the stations’ periodic reports and urgent incident reports of the subtree (A1.3)' },
  {
    code: REPORTING_SUBMIT,
    description: 'Submit a station’s work reports and 社情民意 reports, record urgent incidents and report them upward (A1.3)',
  },
  {
    code: REPORTING_ACKNOWLEDGE,
    description: 'As the superior node, acknowledge the stations’ reports and urgent incidents, with a reply (A1.3)',
  },
];

export const reportingRoleDefaults: RoleDefaults = {
  station_head: [REPORTING_READ, REPORTING_SUBMIT],
  duty_staff: [REPORTING_READ, REPORTING_SUBMIT],
  social_worker: [REPORTING_READ],
  organisation_head: [REPORTING_READ, REPORTING_ACKNOWLEDGE],
};
