import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const DueStaysPage = page(() => import('./DueStaysPage'), 'DueStaysPage');
const CollectPage = page(() => import('./CollectPage'), 'CollectPage');
const ParkingReportPage = page(() => import('./ParkingReportPage'), 'ParkingReportPage');

/**
 * 道闸收费 (A2.4.1.2, items 4–5): the guard's 待收停车费 and collection page on a phone (receipt from their own book),
 * the supervisor's waiver, and the office's daily parking report.
 */
export const parkingCollectFeature: WebFeature = {
  name: 'parkingCollect',
  namespaces: ['parkingCollect'],
  routes: (
    <>
      <Route path="gate" element={<RequireAbility ability="parkingCollect" />}>
        <Route path="due" element={<DueStaysPage />} />
        <Route path="collect/:stayId" element={<CollectPage />} />
      </Route>
      <Route path="parking-report" element={<RequireAbility ability="parkingReport" />}>
        <Route index element={<ParkingReportPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'parkingDue',
      path: '/gate/due',
      labelKey: 'parkingCollect:menu.due',
      descriptionKey: 'parkingCollect:menu.dueHint',
      icon: 'CarOutlined',
      ability: 'parkingCollect',
      group: 'fees',
      order: 88,
    },
    {
      key: 'parkingReport',
      path: '/parking-report',
      labelKey: 'parkingCollect:menu.report',
      descriptionKey: 'parkingCollect:menu.reportHint',
      icon: 'FileSearchOutlined',
      ability: 'parkingReport',
      group: 'fees',
      order: 90,
    },
  ],
};
