import { type Access, allowsAt } from '../../platform/authz/access.js';
import { PARKING_COLLECT, PARKING_GATE } from './parking.permissions.js';
import type { StayState } from './parking.types.js';

/** What the caller may do with a stay at `officePath`: record its exit while it is parked, collect its charge while due. */
export const stayAbilities = (access: Access, officePath: string, state: StayState) => ({
  exit: state === 'parked' && allowsAt(access, PARKING_GATE, officePath),
  collect: state === 'due' && allowsAt(access, PARKING_COLLECT, officePath),
});

/** What the caller may do at a car park's gate: record entries and exits, import the gate export, set its mapping. */
export const gateAbilities = (access: Access, officePath: string) => ({ gate: allowsAt(access, PARKING_GATE, officePath) });
