import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const InspectionsPage = page(() => import('./InspectionsPage'), 'InspectionsPage');
const InspectionPage = page(() => import('./InspectionPage'), 'InspectionPage');
const RectificationsPage = page(() => import('./RectificationsPage'), 'RectificationsPage');
const RectificationPage = page(() => import('./RectificationPage'), 'RectificationPage');
const StandardsPage = page(() => import('./StandardsPage'), 'StandardsPage');
const PlansPage = page(() => import('./PlansPage'), 'PlansPage');
const ScoresPage = page(() => import('./ScoresPage'), 'ScoresPage');

/**
 * 保洁质量 (issue 18, 篇六 A6.1–A6.3): the standards library, inspection plans at three levels, inspections walked on
 * a phone, rectifications with after-photos and re-checks, and the month's scores.
 */
export const cleaningFeature: WebFeature = {
  name: 'cleaning',
  namespaces: ['cleaning', 'cleaningWork'],
  uses: ['orders'],
  routes: (
    <Route path="cleaning" element={<RequireAbility ability="cleaning" />}>
      <Route path="inspections" element={<InspectionsPage />} />
      <Route path="inspections/:id" element={<InspectionPage />} />
      <Route path="rectifications" element={<RectificationsPage />} />
      <Route path="rectifications/:id" element={<RectificationPage />} />
      <Route path="standards" element={<StandardsPage />} />
      <Route path="plans" element={<PlansPage />} />
      <Route path="scores" element={<ScoresPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'cleaningInspections',
      path: '/cleaning/inspections',
      labelKey: 'cleaning:menu.inspections',
      descriptionKey: 'cleaning:menu.inspectionsHint',
      icon: 'CheckSquareOutlined',
      ability: 'cleaning',
      group: 'cleaning',
      order: 10,
    },
    {
      key: 'cleaningRectifications',
      path: '/cleaning/rectifications',
      labelKey: 'cleaning:menu.rectifications',
      descriptionKey: 'cleaning:menu.rectificationsHint',
      icon: 'ToolOutlined',
      ability: 'cleaning',
      group: 'cleaning',
      order: 20,
    },
    {
      key: 'cleaningStandards',
      path: '/cleaning/standards',
      labelKey: 'cleaning:menu.standards',
      descriptionKey: 'cleaning:menu.standardsHint',
      icon: 'ClearOutlined',
      ability: 'cleaning',
      group: 'cleaning',
      order: 30,
    },
    {
      key: 'cleaningPlans',
      path: '/cleaning/plans',
      labelKey: 'cleaning:menu.plans',
      descriptionKey: 'cleaning:menu.plansHint',
      icon: 'ScheduleOutlined',
      ability: 'cleaning',
      group: 'cleaning',
      order: 40,
    },
    {
      key: 'cleaningScores',
      path: '/cleaning/scores',
      labelKey: 'cleaning:menu.scores',
      descriptionKey: 'cleaning:menu.scoresHint',
      icon: 'BarChartOutlined',
      ability: 'cleaning',
      group: 'cleaning',
      order: 50,
    },
  ],
  todos: [
    { key: 'cleaning.toInspect', labelKey: 'cleaning:todos.toInspect', icon: 'CheckSquareOutlined' },
    { key: 'cleaning.toFix', labelKey: 'cleaning:todos.toFix', icon: 'ToolOutlined' },
    { key: 'cleaning.toRecheck', labelKey: 'cleaning:todos.toRecheck', icon: 'AuditOutlined' },
  ],
};
