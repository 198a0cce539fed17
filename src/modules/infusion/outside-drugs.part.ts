import type { ModulePart } from '../../platform/modules.js';

/** Part of the home-infusion module: a drug from another hospital and its four signed steps (A5.5). */
export const outsideDrugsPart: ModulePart = {};
