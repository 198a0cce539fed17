import type { ModulePart } from '../../platform/module-parts.js';
import { initiationRoutes } from './initiation.routes.js';
import { getAgreement, getAttachment, getSurvey } from './initiation.service.js';
import { getPlan } from './plan.service.js';
import { seedSocialworkPlans } from './plans.demo.js';
import { planTodos } from './plans.todos.js';

const TEST = 'test/integration/socialwork-plans.test.ts';

/**
 * Part of the social-work module: 立项 (A3.3) — the needs survey, the 项目计划书 drafted, submitted and approved or
 * returned by the organisation head, agreements, their files, the printed plan and the start, gated on both.
 */
export const plansPart: ModulePart = {
  routes: initiationRoutes,
  historyReaders: { sw_needs_survey: getSurvey, sw_plan: getPlan, sw_agreement: getAgreement, sw_attachment: getAttachment },
  demo: seedSocialworkPlans,
  todos: planTodos,
  enforced: [
    {
      clauseId: 'A3.3',
      code: 'socialwork.survey_required',
      description: 'A project starts only after its needs survey is recorded',
      test: TEST,
    },
    {
      clauseId: 'A3.3',
      code: 'socialwork.plan_not_approved',
      description: 'A project starts only once the organisation head approved its plan',
      test: TEST,
    },
  ],
};
