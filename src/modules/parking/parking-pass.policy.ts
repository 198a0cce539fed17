import { type Access, allowsAt } from '../../platform/authz/access.js';
import { PARKING_PASSES } from './parking.permissions.js';
import type { PassState } from './parking.types.js';

/** What the caller may do with a pass: cancel an active one where they issue passes. */
export const passAbilities = (access: Access, officePath: string, state: PassState) => ({
  cancel: state === 'active' && allowsAt(access, PARKING_PASSES, officePath),
});
