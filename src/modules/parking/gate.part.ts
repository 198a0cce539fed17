import type { ModulePart } from '../../platform/modules.js';

/** Part of the parking module: entries and exits at the gate, by hand or imported, and their charges (A2.4.1.2, item 3). */
export const gatePart: ModulePart = {};
