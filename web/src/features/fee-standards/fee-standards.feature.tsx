import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const FeeStandardsPage = page(() => import('./FeeStandardsPage'), 'FeeStandardsPage');
const FeeStandardPage = page(() => import('./FeeStandardPage'), 'FeeStandardPage');
const FeeItemsPage = page(() => import('./FeeItemsPage'), 'FeeItemsPage');

/** Fee items and standards (A2.3): drafted by the office, reviewed by HQ business, approved by the general manager. */
export const feeStandardsFeature: WebFeature = {
  name: 'feeStandards',
  namespaces: ['feeStandards'],
  routes: (
    <>
      <Route path="fee-standards" element={<RequireAbility ability="feeStandards" />}>
        <Route index element={<FeeStandardsPage />} />
        <Route path=":id" element={<FeeStandardPage />} />
      </Route>
      <Route path="fee-items" element={<RequireAbility ability="feeStandards" />}>
        <Route index element={<FeeItemsPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'feeStandards',
      path: '/fee-standards',
      labelKey: 'feeStandards:menu.standards',
      descriptionKey: 'feeStandards:menu.standardsHelp',
      icon: 'AuditOutlined',
      ability: 'feeStandards',
      group: 'fees',
      order: 60,
    },
    {
      key: 'feeItems',
      path: '/fee-items',
      labelKey: 'feeStandards:menu.items',
      descriptionKey: 'feeStandards:menu.itemsHelp',
      icon: 'ProfileOutlined',
      ability: 'feeStandards',
      group: 'fees',
      order: 70,
    },
  ],
  todos: [
    { key: 'fees.standardsToReview', labelKey: 'feeStandards:todos.toReview', icon: 'FileSearchOutlined' },
    { key: 'fees.standardsToApprove', labelKey: 'feeStandards:todos.toApprove', icon: 'CheckCircleOutlined' },
    { key: 'fees.standardsToFix', labelKey: 'feeStandards:todos.toFix', icon: 'RollbackOutlined' },
  ],
};
