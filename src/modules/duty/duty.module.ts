import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { seedDuty } from './duty.demo.js';
import { dutyMonitors } from './duty.monitors.js';
import { DUTY_READ, DUTY_ROSTER, dutyPermissions, dutyRoleDefaults } from './duty.permissions.js';
import { dutyPersonFigures } from './duty.person-figures.js';
import { dutyRoutes } from './duty.routes.js';
import { dutyTodos } from './duty.todos.js';
import { getLog } from './log.service.js';
import { dutyMigrations } from './migrations/duty.migrations.js';
import { getRoster } from './roster.service.js';

const TEST = 'test/integration/duty.test.ts';

/**
 * 值班备勤 (篇一 A1.5) at a community workstation: the duty roster so that someone is on duty every day, with the
 * head's and the duty staff's 24-hour phones, swaps, the daily duty log and the handover to the next person.
 */
export const dutyModule: ModuleManifest = {
  name: 'duty',
  clauses: ['A1.5'],
  migrations: [dutyMigrations],
  permissions: dutyPermissions,
  roleDefaults: dutyRoleDefaults,
  routes: dutyRoutes,
  jobKinds: [],
  monitors: dutyMonitors,
  enforced: [
    {
      clauseId: 'A1.5',
      code: 'duty.not_on_duty',
      description: 'Only the person on duty that day writes its duty log',
      test: TEST,
    },
    {
      clauseId: 'A1.5',
      code: 'duty.no_successor',
      description: 'A handover goes to the next day’s person on duty; none without one on the roster',
      test: TEST,
    },
  ],
  historyReaders: { duty_roster: getRoster, duty_log: getLog },
  // a swap by its day, as the roster shows it (a roster's history: 换班记录)
  recordRefs: { duty_swap: labelsFrom('duty_swaps', 'day') },
  uniqueRules: [
    {
      index: 'duty_rosters_org',
      kind: 'conflict',
      code: 'record.version_conflict',
      message: 'the roster was opened by someone else; reload',
    },
    {
      index: 'duty_days_org_day',
      kind: 'conflict',
      code: 'record.version_conflict',
      message: 'the roster was changed by someone else; reload',
    },
    {
      index: 'duty_logs_org_day',
      kind: 'conflict',
      code: 'duty.log_exists',
      field: 'day',
      message: 'the log of this day was written already',
    },
  ],
  demo: seedDuty,
  abilities: (a) => ({ duty: hasAnywhere(a, DUTY_READ), dutyRoster: hasAnywhere(a, DUTY_ROSTER) }),
  todos: dutyTodos,
  personFigures: dutyPersonFigures,
};
