import { type Access, allowsAt } from '../../platform/authz/access.js';
import { PARKING_REGISTER } from './parking.permissions.js';

/** What the caller may do with a record of the parking register at `officePath`: the buttons the web shows. */
export const registerAbilities = (access: Access, officePath: string) => ({ register: allowsAt(access, PARKING_REGISTER, officePath) });
