import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ArrearsPage = page(() => import('./ArrearsPage'), 'ArrearsPage');
const CollectionRatePage = page(() => import('./CollectionRatePage'), 'CollectionRatePage');

/** Arrears with ageing and the printed 催缴通知单, and the collection rate (收缴率) HQ supervises (A2.3). */
export const feeSupervisionFeature: WebFeature = {
  name: 'fee-supervision',
  namespaces: ['feeSupervision'],
  routes: (
    <>
      <Route path="arrears" element={<RequireAbility ability="arrears" />}>
        <Route index element={<ArrearsPage />} />
      </Route>
      <Route path="collection-rate" element={<RequireAbility ability="collectionRate" />}>
        <Route index element={<CollectionRatePage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'arrears',
      path: '/arrears',
      labelKey: 'feeSupervision:menu.arrears',
      descriptionKey: 'feeSupervision:menu.arrearsHint',
      icon: 'NotificationOutlined',
      ability: 'arrears',
      group: 'fees',
      order: 40,
    },
    {
      key: 'collection-rate',
      path: '/collection-rate',
      labelKey: 'feeSupervision:menu.collectionRate',
      descriptionKey: 'feeSupervision:menu.collectionRateHint',
      icon: 'FundOutlined',
      ability: 'collectionRate',
      group: 'fees',
      order: 50,
    },
  ],
  figures: [{ key: 'fees.collectionRate', labelKey: 'feeSupervision:figures.collectionRate' }],
};
