import { standardMachine } from '../fees/fee-standard.machine.js';

/**
 * A parking standard's life: the property-fee standards' chain (office submits → HQ business reviews → the general
 * manager approves, either may return with a reason), refusing as `parking_standard.*`. Decided by `decideStandard`
 * of `fee-standard.machine.ts` with this machine.
 */
export const PARKING_STANDARD_MACHINE = standardMachine('parking_standard');
