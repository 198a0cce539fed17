import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ReportsPage = page(() => import('./ReportsPage'), 'ReportsPage');
const ReportPage = page(() => import('./ReportPage'), 'ReportPage');
const IncidentsPage = page(() => import('./IncidentsPage'), 'IncidentsPage');
const IncidentPage = page(() => import('./IncidentPage'), 'IncidentPage');

/**
 * 请示报告 (issue 21, 篇一 A1.3): the stations' monthly work and 社情民意 reports to the superior centre, and urgent
 * incidents recorded on a phone, reported upward at once and acknowledged, with their four times.
 */
export const reportingFeature: WebFeature = {
  name: 'reporting',
  namespaces: ['reporting'],
  routes: (
    <>
      <Route path="workstation/reports" element={<RequireAbility ability="reporting" />}>
        <Route index element={<ReportsPage />} />
        <Route path=":id" element={<ReportPage />} />
      </Route>
      <Route path="workstation/incidents" element={<RequireAbility ability="reporting" />}>
        <Route index element={<IncidentsPage />} />
        <Route path=":id" element={<IncidentPage />} />
      </Route>
    </>
  ),
  todos: [
    { key: 'reporting.incidentsToAcknowledge', labelKey: 'reporting:todos.incidentsToAcknowledge', icon: 'AlertOutlined' },
    { key: 'reporting.reportsToAcknowledge', labelKey: 'reporting:todos.reportsToAcknowledge', icon: 'CheckCircleOutlined' },
    { key: 'reporting.reportsDue', labelKey: 'reporting:todos.reportsDue', icon: 'FileTextOutlined' },
  ],
  menu: [
    {
      key: 'reportingReports',
      path: '/workstation/reports',
      labelKey: 'reporting:menu.reports',
      descriptionKey: 'reporting:menu.reportsHint',
      icon: 'FileSearchOutlined',
      ability: 'reporting',
      group: 'workstation',
      order: 30,
    },
    {
      key: 'reportingIncidents',
      path: '/workstation/incidents',
      labelKey: 'reporting:menu.incidents',
      descriptionKey: 'reporting:menu.incidentsHint',
      icon: 'NotificationOutlined',
      ability: 'reporting',
      group: 'workstation',
      order: 35,
    },
  ],
};
