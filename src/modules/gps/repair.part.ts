import type { ModulePart } from '../../platform/modules.js';
import { repairLabelRoutes } from './repair-label.routes.js';

/** Part of the GPS module: what a repair order has beside the orders engine, its returned terminal's label (A4.4.5). */
export const repairPart: ModulePart = {
  routes: repairLabelRoutes,
};
