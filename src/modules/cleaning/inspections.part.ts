import type { ModulePart } from '../../platform/modules.js';
import { inspectionRoutes } from './cleaning-inspection.routes.js';
import { getInspection } from './cleaning-inspection.service.js';

/** Part of the cleaning module: inspections walked on a phone (A6.2, A6.3). */
export const inspectionsPart: ModulePart = {
  routes: inspectionRoutes,
  historyReaders: { cleaning_inspection: getInspection },
};
