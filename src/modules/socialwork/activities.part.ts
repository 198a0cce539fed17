import type { ModulePart } from '../../platform/modules.js';

/** Part of the social-work module: built by the activities work of issue 20. */
export const activitiesPart: ModulePart = {};
