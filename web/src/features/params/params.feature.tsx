import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ParamsPage = page(() => import('./ParamsPage'), 'ParamsPage');

/** The regulations' parameters (deadlines, limits) per node. */
export const paramsFeature: WebFeature = {
  name: 'params',
  namespaces: ['params'],
  routes: (
    <Route path="params" element={<RequireAbility ability="params" />}>
      <Route index element={<ParamsPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'params',
      path: '/params',
      labelKey: 'layout:menu.params',
      descriptionKey: 'home:links.params',
      icon: 'ControlOutlined',
      ability: 'params',
      group: 'admin',
      order: 40,
    },
  ],
};
