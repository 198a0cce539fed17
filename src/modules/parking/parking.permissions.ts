import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const PARKING_READ = 'parking.read';
export const PARKING_REGISTER = 'parking.register';
export const PARKING_PASSES = 'parking.passes';
export const PARKING_GATE = 'parking.gate';
export const PARKING_COLLECT = 'parking.collect';
export const PARKING_SUPERVISE = 'parking.supervise';

export const parkingPermissions: PermissionDef[] = [
  { code: PARKING_READ, description: 'See the car parks, spaces, vehicles, passes, stays and parking reports of the subtree (A2.4.1.2)' },
  {
    code: PARKING_REGISTER,
    description: 'Keep the parking register: add and change car parks, spaces and vehicles, import them from Excel (A2.4.1.2)',
  },
  { code: PARKING_PASSES, description: 'Issue and cancel monthly passes, billed with the property bills (A2.4.1.2)' },
  {
    code: PARKING_GATE,
    description: "Record entries and exits at the gate, import the gate system's export and set its column mapping (A2.4.1.2)",
  },
  {
    code: PARKING_COLLECT,
    description: "Collect a temporary-parking charge at the gate with a receipt from the security department's book (A2.4.1.2)",
  },
  {
    code: PARKING_SUPERVISE,
    description: "Supervise the security department's collection: receive the guards' cash, waive a charge with a reason (A2.4.1.2)",
  },
];

const read = [PARKING_READ];
const register = [PARKING_READ, PARKING_REGISTER, PARKING_PASSES, PARKING_GATE];
export const parkingRoleDefaults: RoleDefaults = {
  // the security department (保安部) keeps the car parks (A2.4.1.2); its manager holds the register, as the office head does
  office_head: [...register, PARKING_SUPERVISE],
  department_manager: [...register, PARKING_SUPERVISE],
  // the guard (a permission, not a person) records the gate and collects; the security supervisor receives their cash
  security_guard: [PARKING_READ, PARKING_GATE, PARKING_COLLECT],
  security_supervisor: [PARKING_READ, PARKING_GATE, PARKING_COLLECT, PARKING_SUPERVISE],
  // the cashier bills monthly passes with the property bills and receives the supervisor's cash; HQ supervises: both read it
  cashier: [PARKING_READ, PARKING_PASSES],
  hq_business: read,
  general_manager: read,
};
