import type { ModulePart } from '../../platform/modules.js';

/** Part of the property-fee module: bills. */
export const billsPart: ModulePart = {};
