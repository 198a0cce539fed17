import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const CALENDAR_MANAGE = 'calendar.manage';

export const calendarPermissions: PermissionDef[] = [
  {
    code: CALENDAR_MANAGE,
    description: "Keep the organisation's calendar: its public holidays and make-up working days, each year's import (A4.7)",
  },
];

// the calendar is the whole organisation's: kept at HQ, where these roles are granted
export const calendarRoleDefaults: RoleDefaults = {
  system_admin: [CALENDAR_MANAGE],
  general_manager: [CALENDAR_MANAGE],
};
