import type { ModulePart } from '../../platform/modules.js';

/** Part of the parking module: parking standards through submit → HQ review → GM approval (A2.4.1.2, item 2). */
export const standardsPart: ModulePart = {};
