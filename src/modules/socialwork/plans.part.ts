import type { ModulePart } from '../../platform/modules.js';

/** Part of the social-work module: built by the plans work of issue 20. */
export const plansPart: ModulePart = {};
