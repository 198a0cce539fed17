import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ParkingStandardsPage = page(() => import('./ParkingStandardsPage'), 'ParkingStandardsPage');
const ParkingStandardPage = page(() => import('./ParkingStandardPage'), 'ParkingStandardPage');

/** 停车收费标准 (A2.4.1.2, item 2): a car park's temporary rate and pass prices, through the fee standards' approval chain. */
export const parkingStandardsFeature: WebFeature = {
  name: 'parkingStandards',
  namespaces: ['parkingStandards'],
  uses: ['feeStandards'],
  routes: (
    <Route path="parking-standards" element={<RequireAbility ability="parkingStandards" />}>
      <Route index element={<ParkingStandardsPage />} />
      <Route path=":id" element={<ParkingStandardPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'parkingStandards',
      path: '/parking-standards',
      labelKey: 'parkingStandards:menu.standards',
      descriptionKey: 'parkingStandards:menu.standardsHelp',
      icon: 'SafetyCertificateOutlined',
      ability: 'parkingStandards',
      group: 'fees',
      order: 82,
    },
  ],
  todos: [
    { key: 'parking.standardsToReview', labelKey: 'parkingStandards:todos.toReview', icon: 'FileSearchOutlined' },
    { key: 'parking.standardsToApprove', labelKey: 'parkingStandards:todos.toApprove', icon: 'CheckCircleOutlined' },
    { key: 'parking.standardsToFix', labelKey: 'parkingStandards:todos.toFix', icon: 'RollbackOutlined' },
  ],
};
