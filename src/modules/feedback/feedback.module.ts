import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { seedFeedback } from './feedback.demo.js';
import { feedbackMonitors } from './feedback.monitors.js';
import { FEEDBACK_ANSWER, FEEDBACK_HANDLE, FEEDBACK_READ, feedbackPermissions, feedbackRoleDefaults } from './feedback.permissions.js';
import { feedbackRoutes } from './feedback.routes.js';
import { readFeedback } from './feedback.service.js';
import { takeCallbackComplaint } from './feedback-callback.service.js';
import { feedbackPublicRoutes } from './feedback-public.routes.js';
import { feedbackTodos } from './feedback-workbench.service.js';
import { feedbackMigrations } from './migrations/feedback.migrations.js';

/**
 * Customer feedback (A4.5): intake by hotline, letter, visit, the public form and a dissatisfied callback's follow-up;
 * reply, forward, resolve, tell, close.
 */
export const feedbackModule: ModuleManifest = {
  name: 'feedback',
  clauses: ['A4.5'],
  migrations: [feedbackMigrations],
  permissions: feedbackPermissions,
  roleDefaults: feedbackRoleDefaults,
  routes: (app) => {
    feedbackRoutes(app);
    feedbackPublicRoutes(app);
  },
  jobKinds: [],
  subscriptions: { 'callback.follow_up_opened': takeCallbackComplaint },
  monitors: feedbackMonitors,
  enforced: [
    {
      clauseId: 'A4.5',
      code: 'feedback.forward_unanswered',
      description: 'feedback is resolved only once every department it was forwarded to has answered',
      test: 'test/integration/feedback.test.ts',
    },
  ],
  demo: seedFeedback,
  todos: feedbackTodos,
  historyReaders: { feedback: readFeedback },
  uniqueRules: [],
  abilities: (a) => ({
    feedback: hasAnywhere(a, FEEDBACK_READ) || hasAnywhere(a, FEEDBACK_ANSWER),
    // the month's report reads all of an office's feedback: not for a department that only answers suggestions
    feedbackReport: hasAnywhere(a, FEEDBACK_READ),
    handleFeedback: hasAnywhere(a, FEEDBACK_HANDLE),
  }),
};
