import type { ModulePart } from '../../platform/modules.js';

/** Part of the property-fee module: desk. */
export const deskPart: ModulePart = {};
