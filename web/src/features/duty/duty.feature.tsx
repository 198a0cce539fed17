import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const RosterPage = page(() => import('./RosterPage'), 'RosterPage');
const TodayPage = page(() => import('./TodayPage'), 'TodayPage');
const LogsPage = page(() => import('./LogsPage'), 'LogsPage');

/**
 * 值班备勤 (issue 21, 篇一 A1.5): the station's duty roster with the 24-hour phones and swaps, today's duty log and
 * handover on a phone, and the past logs.
 */
export const dutyFeature: WebFeature = {
  name: 'duty',
  namespaces: ['duty'],
  routes: (
    <Route path="workstation/duty" element={<RequireAbility ability="duty" />}>
      <Route index element={<RosterPage />} />
      <Route path="today" element={<TodayPage />} />
      <Route path="logs" element={<LogsPage />} />
    </Route>
  ),
  todos: [
    { key: 'duty.logToday', labelKey: 'duty:todos.logToday', icon: 'FileDoneOutlined' },
    { key: 'duty.handoverToReceive', labelKey: 'duty:todos.handoverToReceive', icon: 'SolutionOutlined' },
    { key: 'duty.uncoveredDays', labelKey: 'duty:todos.uncoveredDays', icon: 'WarningOutlined' },
  ],
  menu: [
    {
      key: 'duty',
      path: '/workstation/duty',
      labelKey: 'duty:menu.duty',
      descriptionKey: 'duty:menu.dutyHint',
      icon: 'CalendarOutlined',
      ability: 'duty',
      group: 'workstation',
      order: 50,
    },
  ],
};
