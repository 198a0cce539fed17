import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { incidentRoutes } from './incident.routes.js';
import { getIncident } from './incident.service.js';
import { reportingMigrations } from './migrations/reporting.migrations.js';
import { reportRoutes } from './report.routes.js';
import { getReport } from './report.service.js';
import { seedReporting } from './reporting.demo.js';
import { reportingMonitors } from './reporting.monitors.js';
import { REPORTING_READ, reportingPermissions, reportingRoleDefaults } from './reporting.permissions.js';
import { reportingPersonFigures } from './reporting.person-figures.js';
import { reportingTodos } from './reporting.todos.js';

const TEST = 'test/integration/reporting.test.ts';

/**
 * 请示报告 (篇一 A1.3): a community workstation's monthly work reports and 社情民意 reports to its superior centre, and
 * urgent incidents recorded with their early measures, reported upward at once (the superior's people told in their
 * notification area) and acknowledged — with the monitors of a late incident and a missing periodic report.
 */
export const reportingModule: ModuleManifest = {
  name: 'reporting',
  clauses: ['A1.3'],
  migrations: [reportingMigrations],
  permissions: reportingPermissions,
  roleDefaults: reportingRoleDefaults,
  routes: (app) => {
    reportRoutes(app);
    incidentRoutes(app);
  },
  jobKinds: [],
  monitors: reportingMonitors,
  enforced: [
    {
      clauseId: 'A1.3',
      code: 'reporting.measures_time',
      description: 'An urgent incident is recorded with its early intervention and control measures, taken after it happened',
      test: TEST,
    },
    {
      clauseId: 'A1.3',
      code: 'reporting.report_exists',
      description: 'A station reports each kind once a month, once the month has ended',
      test: TEST,
    },
  ],
  historyReaders: { station_report: getReport, incident: getIncident },
  uniqueRules: [
    {
      index: 'station_reports_org_id_kind_period',
      kind: 'conflict',
      code: 'reporting.report_exists',
      field: 'period',
      message: 'the station has submitted this kind of report for this month',
    },
  ],
  demo: seedReporting,
  abilities: (a) => ({ reporting: hasAnywhere(a, REPORTING_READ) }),
  todos: reportingTodos,
  personFigures: reportingPersonFigures,
};
