import type { ModuleManifest } from '../../platform/modules.js';
import { historyRoutes } from './history.routes.js';

/** Every record's audit trail, on screen and as Excel, through the readers the other modules declare (X1). */
export const historyModule: ModuleManifest = {
  name: 'history',
  clauses: ['X1'],
  routes: historyRoutes,
};
