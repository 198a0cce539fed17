import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { CLEANING_READ } from './cleaning.permissions.js';
import { standardRefs } from './cleaning.records.js';
import { standardRoutes } from './cleaning-standard.routes.js';
import { readStandard } from './cleaning-standard.service.js';

/** Part of the cleaning module: the standards library (A6.1, A6.2). */
export const standardsPart: ModulePart = {
  routes: standardRoutes,
  historyReaders: { cleaning_standard: readStandard },
  recordRefs: standardRefs,
  abilities: (a) => ({ cleaning: hasAnywhere(a, CLEANING_READ) }),
};
