import type { ModulePart } from '../../platform/modules.js';

/** Part of the property-fee module: arrears. */
export const arrearsPart: ModulePart = {};
