import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { getCourse } from './course.service.js';
import { trainingMigrations } from './migrations/training.migrations.js';
import { getPlan } from './plan.service.js';
import { getSession } from './session.service.js';
import { trainingDemo } from './training.demo.js';
import { TRAINING_MANAGE, TRAINING_READ, trainingPermissions, trainingRoleDefaults } from './training.permissions.js';
import { trainingPersonFigures } from './training.person-figures.js';
import { trainingRoutes } from './training.routes.js';
import { trainingTodos } from './training.todos.js';

const TEST = 'test/integration/training.test.ts';

/**
 * 学习培训 (篇一 A1.1) of the community workstation: training plans per year or half-year put in force by the station
 * head, sessions held with their attendees, outside courses (上级培训班), and hours per person for the year-end
 * assessment (A1.6 reads them through `training.figures.ts`).
 */
export const trainingModule: ModuleManifest = {
  name: 'training',
  clauses: ['A1.1'],
  migrations: [trainingMigrations],
  permissions: trainingPermissions,
  roleDefaults: trainingRoleDefaults,
  routes: trainingRoutes,
  historyReaders: { training_plan: getPlan, training_session: getSession, training_outside_course: getCourse },
  // a plan's item by its topic (a session's history: 计划项目)
  recordRefs: { training_plan_item: labelsFrom('training_plan_items', 'topic') },
  uniqueRules: [
    {
      index: 'training_plans_org_id_year_half',
      kind: 'conflict',
      code: 'training.plan_overlap',
      field: 'half',
      message: 'the node has a plan for this period already',
    },
  ],
  enforced: [
    {
      clauseId: 'A1.1',
      code: 'training.attendee_outside',
      description: 'A session’s attendees are staff of the station that held it, so hours per person count the station’s own people',
      test: TEST,
    },
    {
      clauseId: 'A1.1',
      code: 'training.plan_in_force',
      description: 'A training plan in force no longer changes: sessions are checked against the plan the head approved',
      test: TEST,
    },
  ],
  todos: trainingTodos,
  personFigures: trainingPersonFigures,
  demo: trainingDemo,
  abilities: (a) => ({ training: hasAnywhere(a, TRAINING_READ), manageTraining: hasAnywhere(a, TRAINING_MANAGE) }),
};
