import type { ModulePart } from '../../platform/module-parts.js';
import { rectificationRefs } from './cleaning.records.js';
import { rectificationRoutes } from './cleaning-rectification.routes.js';
import { getRectification } from './cleaning-rectification.service.js';

/** Part of the cleaning module: rectifications and their re-checks (A6.3). */
export const rectificationsPart: ModulePart = {
  routes: rectificationRoutes,
  historyReaders: { cleaning_rectification: getRectification },
  recordRefs: rectificationRefs,
};
