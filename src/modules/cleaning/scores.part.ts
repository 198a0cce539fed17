import type { ModulePart } from '../../platform/module-parts.js';
import { cleaningMonitors } from './cleaning.monitors.js';
import { cleaningPersonFigures } from './cleaning.person-figures.js';
import { scoreRoutes } from './cleaning-score.routes.js';
import { cleaningTodos } from './cleaning-workbench.service.js';

/** Part of the cleaning module: scores, monitors and the workbench (A6.3). */
export const scoresPart: ModulePart = {
  routes: scoreRoutes,
  monitors: cleaningMonitors,
  todos: cleaningTodos,
  personFigures: cleaningPersonFigures,
};
