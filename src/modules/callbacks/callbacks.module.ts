import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsBy, labelsFrom } from '../../platform/record-labels.js';
import { callbackMonitors } from './callback.monitors.js';
import { CALLBACKS_READ, CALLBACKS_RECORD, callbackPermissions, callbackRoleDefaults } from './callback.permissions.js';
import { callbackRoutes } from './callback.routes.js';
import { followComplaint, readCallback } from './callback.service.js';
import { callbackDrawJob, getDraw } from './callback-draw.service.js';
import { callbackFigures, callbackTodos } from './callback-workbench.service.js';
import { seedCallbacks } from './callbacks.demo.js';
import { callbackPersonFigures } from './callbacks.person-figures.js';
import { callbacksMigrations } from './migrations/callbacks.migrations.js';

/** The monthly callback draw, callbacks, follow-ups and satisfaction (A7.4.10). */
export const callbacksModule: ModuleManifest = {
  name: 'callbacks',
  clauses: ['A7.4.10'],
  migrations: [callbacksMigrations],
  permissions: callbackPermissions,
  roleDefaults: callbackRoleDefaults,
  routes: callbackRoutes,
  jobKinds: [callbackDrawJob],
  // a follow-up is its complaint in the feedback module: it closes and reopens with it
  subscriptions: {
    'feedback.closed': (tx, e) => followComplaint(tx, e, 'complaint_closed'),
    'feedback.reopened': (tx, e) => followComplaint(tx, e, 'complaint_reopened'),
  },
  monitors: callbackMonitors,
  enforced: [
    {
      clauseId: 'A7.4.10',
      code: 'callback.not_in_sample',
      description: 'a callback is recorded only for an order of the month’s random sample',
      test: 'test/integration/callbacks.test.ts',
    },
  ],
  demo: seedCallbacks,
  todos: callbackTodos,
  figures: callbackFigures,
  personFigures: callbackPersonFigures,
  historyReaders: { callback: readCallback, callback_draw: getDraw },
  // a callback by its order's number, as its page is titled (回访 JZ-…: a feedback 来自回访), a draw by its month
  recordRefs: {
    callback: labelsBy((ctx, ids) =>
      ctx.db
        .selectFrom('callbacks as c')
        .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.order_id'))
        .select(['c.id', 'o.number as label'])
        .where('c.tenant_id', '=', ctx.actor.tenantId)
        .where('c.id', 'in', ids)
        .execute(),
    ),
    callback_draw: labelsFrom('callback_draws', 'month'),
  },
  uniqueRules: [
    {
      index: 'callback_follow_ups_callback',
      kind: 'conflict',
      code: 'callback.follow_up_exists',
      message: 'this callback already has a follow-up',
    },
  ],
  abilities: (a) => ({ callbacks: hasAnywhere(a, CALLBACKS_READ), recordCallbacks: hasAnywhere(a, CALLBACKS_RECORD) }),
};
