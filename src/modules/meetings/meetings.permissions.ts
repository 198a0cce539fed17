import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const MEETINGS_READ = 'meetings.read';
export const MEETINGS_MANAGE = 'meetings.manage';

export const meetingsPermissions: PermissionDef[] = [
  {
    code: MEETINGS_READ,
    description: 'See the work meetings of the subtree with their minutes and action items; mark done an action item you own (A1.2)',
  },
  {
    code: MEETINGS_MANAGE,
    description: 'Schedule and cancel work meetings, record their minutes and action items, mark any action item done (A1.2)',
  },
];

export const meetingsRoleDefaults: RoleDefaults = {
  station_head: [MEETINGS_READ, MEETINGS_MANAGE],
  duty_staff: [MEETINGS_READ],
  social_worker: [MEETINGS_READ],
  organisation_head: [MEETINGS_READ],
};
