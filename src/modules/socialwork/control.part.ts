import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { readAssessment } from './assessment.service.js';
import { seedSocialworkControl } from './control.demo.js';
import { controlMonitors } from './control.monitors.js';
import { controlRoutes } from './control.routes.js';
import { readCheck, readOpinion, readSupervision } from './control.service.js';
import { controlTodos } from './control.todos.js';
import { SW_ASSESS } from './socialwork.permissions.js';
import { socialworkPersonFigures } from './socialwork.person-figures.js';

const TEST = 'test/integration/socialwork-control.test.ts';

/**
 * Part of the social-work module (A3.5): the executor's monthly check, the supervisor's supervision with opinions
 * the executor answers, their monitors and to-dos, and the head's assessment of the executors.
 */
export const controlPart: ModulePart = {
  routes: controlRoutes,
  personFigures: socialworkPersonFigures,
  historyReaders: {
    sw_monthly_check: readCheck,
    sw_supervision: readSupervision,
    sw_opinion: readOpinion,
    sw_assessment: readAssessment,
  },
  uniqueRules: [
    {
      index: 'sw_monthly_checks_project_id_month',
      kind: 'conflict',
      code: 'socialwork.check_exists',
      field: 'month',
      message: 'the project has a check of this month',
    },
  ],
  monitors: controlMonitors,
  enforced: [
    {
      clauseId: 'A3.5',
      code: 'socialwork.remedy_required',
      description: 'A missed item of the monthly check is recorded with its remedial action',
      test: TEST,
    },
    {
      clauseId: 'A3.5',
      code: 'socialwork.not_key_activity',
      description: 'On-site supervision is of one of the project’s key activities',
      test: TEST,
    },
    {
      clauseId: 'A3.5',
      code: 'socialwork.opinion_answered',
      description: 'A supervision opinion is answered once; the answer stays as written',
      test: TEST,
    },
  ],
  todos: controlTodos,
  demo: seedSocialworkControl,
  abilities: (a) => ({ assessSocialwork: hasAnywhere(a, SW_ASSESS) }),
};
