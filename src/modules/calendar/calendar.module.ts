import type { ModuleManifest } from '../../platform/modules.js';
import { seedCalendar } from './calendar.demo.js';
import { calendarPermissions, calendarRoleDefaults } from './calendar.permissions.js';
import { calendarRoutes } from './calendar.routes.js';
import { readCalendar } from './calendar.service.js';
import { calendarMigrations } from './migrations/calendar.migrations.js';

const TEST = 'test/integration/calendar.test.ts';

/**
 * 工作日历 (A4.7): the organisation's public holidays and make-up working days for each year, with the working hours
 * (regulation parameters), by which waits and repair times are counted in business minutes (`calendar.rules.ts`,
 * `loadCalendar` in `calendar.service.ts` for other modules).
 */
export const calendarModule: ModuleManifest = {
  name: 'calendar',
  clauses: ['A4.7'],
  migrations: [calendarMigrations],
  permissions: calendarPermissions,
  roleDefaults: calendarRoleDefaults,
  routes: calendarRoutes,
  historyReaders: { calendar: readCalendar },
  enforced: [
    {
      clauseId: 'A4.7',
      code: 'calendar.workday_not_weekend',
      description: 'A make-up working day (调休上班) is a Saturday or Sunday: a weekday already works',
      test: TEST,
    },
  ],
  // everyone signed in may read the calendar, as everyone may read the parameters
  abilities: (a) => ({ calendar: a.system === true || a.grants.length > 0 }),
  demo: seedCalendar,
};
