import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const TrainingPage = page(() => import('./TrainingPage'), 'TrainingPage');

/**
 * 学习培训 (issue 21, 篇一 A1.1): the station's training plans per year or half-year, the sessions held with their
 * attendees, outside courses, and hours per person; the head's to-do lists planned trainings left undone.
 */
export const trainingFeature: WebFeature = {
  name: 'training',
  namespaces: ['training'],
  routes: (
    <Route path="workstation" element={<RequireAbility ability="training" />}>
      <Route path="training" element={<TrainingPage />} />
    </Route>
  ),
  todos: [{ key: 'training.itemsOverdue', labelKey: 'training:todos.itemsOverdue', icon: 'ScheduleOutlined' }],
  menu: [
    {
      key: 'training',
      path: '/workstation/training',
      labelKey: 'training:menu.training',
      descriptionKey: 'training:menu.trainingHint',
      icon: 'ReadOutlined',
      ability: 'training',
      group: 'workstation',
      order: 10,
    },
  ],
};
