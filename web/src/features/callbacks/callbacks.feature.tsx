import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const CallbacksPage = page(() => import('./CallbacksPage'), 'CallbacksPage');
const CallbackDetailPage = page(() => import('./CallbackDetailPage'), 'CallbackDetailPage');
const SatisfactionPage = page(() => import('./SatisfactionPage'), 'SatisfactionPage');

/** The monthly callbacks (回访), their follow-ups and the satisfaction rate. */
export const callbacksFeature: WebFeature = {
  name: 'callbacks',
  namespaces: ['callbacks'],
  routes: (
    <>
      <Route path="callbacks" element={<RequireAbility ability="callbacks" />}>
        <Route index element={<CallbacksPage />} />
        <Route path=":id" element={<CallbackDetailPage />} />
      </Route>
      <Route path="satisfaction" element={<RequireAbility ability="callbacks" />}>
        <Route index element={<SatisfactionPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'callbacks',
      path: '/callbacks',
      labelKey: 'layout:menu.callbacks',
      descriptionKey: 'home:links.callbacks',
      icon: 'PhoneOutlined',
      ability: 'callbacks',
      group: 'quality',
      order: 10,
    },
    {
      key: 'satisfaction',
      path: '/satisfaction',
      labelKey: 'layout:menu.satisfaction',
      descriptionKey: 'home:links.satisfaction',
      icon: 'LineChartOutlined',
      ability: 'callbacks',
      group: 'quality',
      order: 20,
    },
  ],
  todos: [{ key: 'callbacks.due', labelKey: 'callbacks:todos.due', icon: 'PhoneOutlined' }],
  figures: [{ key: 'callbacks.satisfaction', labelKey: 'callbacks:figures.satisfaction' }],
};
