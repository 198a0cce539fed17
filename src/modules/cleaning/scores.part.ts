import type { ModulePart } from '../../platform/modules.js';
import { scoreRoutes } from './cleaning-score.routes.js';

/** Part of the cleaning module: scores, monitors and the workbench (A6.3). */
export const scoresPart: ModulePart = {
  routes: scoreRoutes,
};
