import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const DUTY_READ = 'duty.read';
export const DUTY_ROSTER = 'duty.roster';
export const DUTY_LOG = 'duty.log';

export const dutyPermissions: PermissionDef[] = [
  { code: DUTY_READ, description: 'See the duty rosters, swaps and duty logs of the subtree (A1.5)' },
  {
    code: DUTY_ROSTER,
    description: 'Fill the station’s duty roster, set the head’s 24-hour phone on it and record swaps of duty (A1.5)',
  },
  {
    code: DUTY_LOG,
    description: 'Be put on duty, write the duty log of one’s own days and hand over to the next person on duty (A1.5)',
  },
];

export const dutyRoleDefaults: RoleDefaults = {
  station_head: [DUTY_READ, DUTY_ROSTER, DUTY_LOG],
  duty_staff: [DUTY_READ, DUTY_LOG],
  social_worker: [DUTY_READ, DUTY_LOG],
  organisation_head: [DUTY_READ],
};
