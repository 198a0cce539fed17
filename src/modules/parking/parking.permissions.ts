import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const PARKING_READ = 'parking.read';
export const PARKING_REGISTER = 'parking.register';

export const parkingPermissions: PermissionDef[] = [
  { code: PARKING_READ, description: 'See the car parks, parking spaces and vehicles of the subtree (A2.4.1.2)' },
  {
    code: PARKING_REGISTER,
    description: 'Keep the parking register: add and change car parks, spaces and vehicles, import them from Excel (A2.4.1.2)',
  },
];

const read = [PARKING_READ];
const register = [PARKING_READ, PARKING_REGISTER];
export const parkingRoleDefaults: RoleDefaults = {
  // the security department (保安部) keeps the car parks (A2.4.1.2); its manager holds the register, as the office head does
  office_head: register,
  department_manager: register,
  // the cashier bills monthly passes with the property bills later, and HQ supervises: both read it
  cashier: read,
  hq_business: read,
};
