import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const FeeDeskPage = page(() => import('./FeeDeskPage'), 'FeeDeskPage');
const FeePaymentsPage = page(() => import('./FeePaymentsPage'), 'FeePaymentsPage');

/** 前台收费 (A2.3, A2.4.1.1): find a unit, take its open bills and months ahead with a receipt; the payments list. */
export const feeDeskFeature: WebFeature = {
  name: 'feeDesk',
  namespaces: ['feeDesk'],
  routes: (
    <Route path="fee-desk" element={<RequireAbility ability="feeDesk" />}>
      <Route index element={<FeeDeskPage />} />
      <Route path="payments" element={<FeePaymentsPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'feeDesk',
      path: '/fee-desk',
      labelKey: 'feeDesk:menu.desk',
      descriptionKey: 'feeDesk:menu.deskHint',
      icon: 'AccountBookOutlined',
      ability: 'feeDesk',
      group: 'fees',
      order: 10,
    },
  ],
};
