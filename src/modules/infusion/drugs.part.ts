import type { ModulePart } from '../../platform/modules.js';

/** Part of the home-infusion module: the centre's drug catalogue and its excluded categories (A5.3). */
export const drugsPart: ModulePart = {};
