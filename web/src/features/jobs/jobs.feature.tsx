import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const JobsPage = page(() => import('./JobsPage'), 'JobsPage');

/** The scheduled jobs and, on a demo server, its clock. */
export const jobsFeature: WebFeature = {
  name: 'jobs',
  namespaces: ['jobs'],
  routes: (
    <Route path="jobs" element={<RequireAbility ability="jobs" />}>
      <Route index element={<JobsPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'jobs',
      path: '/jobs',
      labelKey: 'layout:menu.jobs',
      descriptionKey: 'home:links.jobs',
      icon: 'FieldTimeOutlined',
      ability: 'jobs',
      group: 'admin',
      order: 50,
    },
  ],
};
