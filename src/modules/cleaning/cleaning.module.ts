import { composeModule } from '../../platform/module-parts.js';
import { cleaningPermissions, cleaningRoleDefaults } from './cleaning.permissions.js';
import { inspectionsPart } from './inspections.part.js';
import { cleaningMigrations } from './migrations/cleaning.migrations.js';
import { plansPart } from './plans.part.js';
import { rectificationsPart } from './rectifications.part.js';
import { scoresPart } from './scores.part.js';
import { standardsPart } from './standards.part.js';

/**
 * Cleaning quality (篇六 A6.1–A6.3): the standards library with its numeric criteria and methods, inspection
 * plans at three levels (三查), inspections on a phone, rectifications with after-photos and re-checks, scores.
 * The parts' demos run in this order (the library before plans, plans before their inspections).
 */
export const cleaningModule = composeModule(
  {
    name: 'cleaning',
    clauses: ['A6.1', 'A6.2', 'A6.3'],
    migrations: [cleaningMigrations],
    permissions: cleaningPermissions,
    roleDefaults: cleaningRoleDefaults,
  },
  [standardsPart, plansPart, inspectionsPart, rectificationsPart, scoresPart],
);
