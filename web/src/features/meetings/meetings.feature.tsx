import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const MeetingsPage = page(() => import('./MeetingsPage'), 'MeetingsPage');
const MeetingPage = page(() => import('./MeetingPage'), 'MeetingPage');
const ActionsPage = page(() => import('./ActionsPage'), 'ActionsPage');

/**
 * 工作例会 (issue 21, 篇一 A1.2): the station's meeting every half month with its due day, the minutes by the fixed
 * agenda with attendance, and the action items decided, followed to done.
 */
export const meetingsFeature: WebFeature = {
  name: 'meetings',
  namespaces: ['meetings'],
  routes: (
    <Route path="workstation/meetings" element={<RequireAbility ability="meetings" />}>
      <Route index element={<MeetingsPage />} />
      <Route path="actions" element={<ActionsPage />} />
      <Route path=":id" element={<MeetingPage />} />
    </Route>
  ),
  todos: [
    { key: 'meetings.myActions', labelKey: 'meetings:todos.myActions', icon: 'CheckSquareOutlined' },
    { key: 'meetings.toSchedule', labelKey: 'meetings:todos.toSchedule', icon: 'CalendarOutlined' },
    { key: 'meetings.minutesToRecord', labelKey: 'meetings:todos.minutesToRecord', icon: 'FileTextOutlined' },
  ],
  menu: [
    {
      key: 'meetings',
      path: '/workstation/meetings',
      labelKey: 'meetings:menu.meetings',
      descriptionKey: 'meetings:menu.meetingsHint',
      icon: 'TeamOutlined',
      ability: 'meetings',
      group: 'workstation',
      order: 20,
    },
  ],
};
