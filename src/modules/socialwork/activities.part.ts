import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { seedSocialworkActivities } from './activities.demo.js';
import { briefOverdueMonitor, heldWithoutPlanMonitor } from './activity.monitors.js';
import { activityRoutes } from './activity.routes.js';
import { getActivity } from './activity.service.js';
import { activityTodos } from './activity.todos.js';
import { getEthicsEntry } from './ethics.service.js';
import { SW_ETHICS } from './socialwork.permissions.js';

const TEST = 'test/integration/socialwork-activities.test.ts';

/**
 * Part of the social-work module: activities with their activity plans and briefs within the deadline (A3.4), and
 * the ethics register of offers declined (A3.2).
 */
export const activitiesPart: ModulePart = {
  routes: activityRoutes,
  historyReaders: { sw_activity: getActivity, sw_ethics_entry: getEthicsEntry },
  monitors: [briefOverdueMonitor, heldWithoutPlanMonitor],
  enforced: [
    {
      clauseId: 'A3.4',
      code: 'socialwork.activity_plan_required',
      description: 'An activity is held only with its written activity plan',
      test: TEST,
    },
  ],
  provided: [
    {
      clauseId: 'A3.2',
      key: 'socialwork.ethics_register',
      description:
        'an offer of money, a gift, a loan or a benefit to a social worker is recorded with how it was declined; projects carry no fee (the module has none)',
      test: TEST,
    },
  ],
  todos: activityTodos,
  demo: seedSocialworkActivities,
  abilities: (a) => ({ recordSocialworkEthics: hasAnywhere(a, SW_ETHICS) }),
};
