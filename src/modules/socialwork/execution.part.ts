import type { ModulePart } from '../../platform/module-parts.js';
import { seedSocialworkExecution } from './execution.demo.js';
import { changeUnapprovedMonitor } from './execution.monitors.js';
import { executionRoutes } from './execution.routes.js';
import { readChangeRequest, readFeedback, readPerson, readProgressItem, readPublicity } from './execution.service.js';
import { executionTodos } from './execution.todos.js';

const TEST = 'test/integration/socialwork-execution.test.ts';

/**
 * Part of the social-work module: a project's execution (A3.4) — the progress plan from the plan in force, people and
 * their training, publicity, changes of the plan or the needs in force only once the supervisor and the head both
 * approved them, and the closure with feedback answered and a summary.
 */
export const executionPart: ModulePart = {
  routes: executionRoutes,
  historyReaders: {
    sw_progress_item: readProgressItem,
    sw_person: readPerson,
    sw_publicity: readPublicity,
    sw_change_request: readChangeRequest,
    sw_feedback: readFeedback,
  },
  monitors: [changeUnapprovedMonitor],
  todos: executionTodos,
  enforced: [
    {
      clauseId: 'A3.4',
      code: 'socialwork.same_approver',
      description: 'A change needs two approvals by two people: whoever approved it as supervisor cannot also approve it as head',
      test: TEST,
    },
    {
      clauseId: 'A3.4',
      code: 'socialwork.feedback_unanswered',
      description: 'A project is not closed while feedback of its users or partners is unanswered',
      test: TEST,
    },
  ],
  demo: seedSocialworkExecution,
};
