import type { ModulePart } from '../../platform/modules.js';

/** Part of the home-infusion module: physician orders, overrides of excluded drugs and their review (A5.2, A5.3). */
export const ordersPart: ModulePart = {};
