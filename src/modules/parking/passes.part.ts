import type { ModulePart } from '../../platform/modules.js';

/** Part of the parking module: monthly passes, billed with the property bills (A2.4.1.2, item 1). */
export const passesPart: ModulePart = {};
