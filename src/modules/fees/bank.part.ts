import type { ModulePart } from '../../platform/modules.js';

/** Part of the property-fee module: bank. */
export const bankPart: ModulePart = {};
