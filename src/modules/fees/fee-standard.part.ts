import type { ModulePart } from '../../platform/modules.js';

/** Part of the property-fee module: standards. */
export const standardsPart: ModulePart = {};
