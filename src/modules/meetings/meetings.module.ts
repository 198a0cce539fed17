import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { meetingRefs } from './meeting.refs.js';
import { meetingRoutes } from './meeting.routes.js';
import { getMeeting, readAction } from './meeting.service.js';
import { seedMeetings } from './meetings.demo.js';
import { meetingsMonitors } from './meetings.monitors.js';
import { MEETINGS_MANAGE, MEETINGS_READ, meetingsPermissions, meetingsRoleDefaults } from './meetings.permissions.js';
import { meetingPersonFigures } from './meetings.person-figures.js';
import { meetingTodos } from './meetings.todos.js';
import { meetingsMigrations } from './migrations/meetings.migrations.js';

const TEST = 'test/integration/meetings.test.ts';

/**
 * 工作例会 (篇一 A1.2) of the community workstations: a meeting every `meetingIntervalDays`, scheduled with time, place
 * and chair; minutes with the fixed agenda, attendance and recorder; decisions as action items followed to done; the
 * interval and the overdue items watched.
 */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  clauses: ['A1.2'],
  migrations: [meetingsMigrations],
  permissions: meetingsPermissions,
  roleDefaults: meetingsRoleDefaults,
  routes: meetingRoutes,
  monitors: meetingsMonitors,
  enforced: [
    {
      clauseId: 'A1.2',
      code: 'meetings.attendee_missing',
      description: 'The minutes list every member of the station’s staff, present or absent',
      test: TEST,
    },
    {
      clauseId: 'A1.2',
      code: 'meetings.absence_reason_required',
      description: 'An absence from a work meeting is recorded with its reason',
      test: TEST,
    },
  ],
  historyReaders: { meeting: getMeeting, meeting_action: readAction },
  recordRefs: { meeting: meetingRefs },
  demo: seedMeetings,
  abilities: (a) => ({ meetings: hasAnywhere(a, MEETINGS_READ), manageMeetings: hasAnywhere(a, MEETINGS_MANAGE) }),
  todos: meetingTodos,
  personFigures: meetingPersonFigures,
};
