import { composeModule } from '../../platform/module-parts.js';
import { activitiesPart } from './activities.part.js';
import { controlPart } from './control.part.js';
import { executionPart } from './execution.part.js';
import { socialworkMigrations } from './migrations/socialwork.migrations.js';
import { plansPart } from './plans.part.js';
import { projectsPart } from './projects.part.js';
import { socialworkPermissions, socialworkRoleDefaults } from './socialwork.permissions.js';

/**
 * Social-work projects (篇三 A3.2–A3.5) at a social-work centre and its stations: the needs survey and the project
 * plan as gates of the start, the progress plan, people and publicity, changes approved by the supervisor and the
 * head, activities with their plans and briefs, the monthly check and supervision with opinions answered, the
 * executors' assessment, closure, and the ethics register. Projects charge users nothing: the module has no fees.
 * The parts' demos run in this order.
 */
export const socialworkModule = composeModule(
  {
    name: 'socialwork',
    clauses: ['A3.2', 'A3.3', 'A3.4', 'A3.5'],
    migrations: [socialworkMigrations],
    permissions: socialworkPermissions,
    roleDefaults: socialworkRoleDefaults,
  },
  [projectsPart, plansPart, executionPart, activitiesPart, controlPart],
);
