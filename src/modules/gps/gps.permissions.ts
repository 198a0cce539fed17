import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const GPS_READ = 'gps.read';
export const GPS_REGISTER = 'gps.register';

export const gpsPermissions: PermissionDef[] = [
  {
    code: GPS_READ,
    description: "See the GPS department's register: customers, vehicles, terminal models, terminals, SIM cards and their history (A4.4.5)",
  },
  {
    code: GPS_REGISTER,
    description:
      'Keep the GPS register: add and change customers, vehicles, models, terminals and SIM cards, import them from Excel (A4.4.5)',
  },
];

const both = [GPS_READ, GPS_REGISTER];
export const gpsRoleDefaults: RoleDefaults = {
  // the GPS department's manager keeps the register; the technician reads it on site to find a vehicle's devices
  gps_manager: both,
  technician: [GPS_READ],
  system_admin: both,
  general_manager: [GPS_READ],
  hq_business: [GPS_READ],
};
