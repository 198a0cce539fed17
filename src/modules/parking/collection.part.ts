import type { ModulePart } from '../../platform/modules.js';

/** Part of the parking module: collection at the gate, the daily report and the monitors (A2.4.1.2, items 4–5). */
export const collectionPart: ModulePart = {};
