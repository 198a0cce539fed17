import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const CalendarPage = page(() => import('./CalendarPage'), 'CalendarPage');

/** 工作日历 (A4.7): holidays and make-up working days, by which waits and repair times are counted. */
export const calendarFeature: WebFeature = {
  name: 'calendar',
  namespaces: ['calendar'],
  routes: (
    <Route path="calendar" element={<RequireAbility ability="calendar" />}>
      <Route index element={<CalendarPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'calendar',
      path: '/calendar',
      labelKey: 'calendar:menu.title',
      descriptionKey: 'calendar:menu.hint',
      icon: 'CalendarOutlined',
      ability: 'calendar',
      group: 'admin',
      order: 60,
    },
  ],
};
