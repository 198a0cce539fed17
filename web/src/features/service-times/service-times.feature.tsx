import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ServiceTimesPage = page(() => import('./ServiceTimesPage'), 'ServiceTimesPage');

/** 服务时效 (A4.7): wait and repair time in business hours, per person and month, for whoever reads orders. */
export const serviceTimesFeature: WebFeature = {
  name: 'serviceTimes',
  namespaces: ['serviceTimes'],
  uses: ['orders'],
  routes: (
    <Route path="service-times" element={<RequireAbility ability="orders" />}>
      <Route index element={<ServiceTimesPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'serviceTimes',
      path: '/service-times',
      labelKey: 'serviceTimes:menu.title',
      descriptionKey: 'serviceTimes:menu.hint',
      icon: 'FieldTimeOutlined',
      ability: 'orders',
      group: 'quality',
      order: 30,
    },
  ],
};
