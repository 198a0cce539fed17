import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const BillsPage = page(() => import('./BillsPage'), 'BillsPage');
const BillPage = page(() => import('./BillPage'), 'BillPage');

/** Monthly bills (A2.4.1.1): the bill runs with their progress, the bills, and their adjustments. */
export const billsFeature: WebFeature = {
  name: 'bills',
  namespaces: ['bills'],
  routes: (
    <Route path="bills" element={<RequireAbility ability="bills" />}>
      <Route index element={<BillsPage />} />
      <Route path=":id" element={<BillPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'bills',
      path: '/bills',
      labelKey: 'bills:menu.bills',
      descriptionKey: 'bills:menu.billsDescription',
      icon: 'AccountBookOutlined',
      ability: 'bills',
      group: 'fees',
      order: 20,
    },
  ],
  todos: [{ key: 'fees.adjustmentsToApprove', labelKey: 'bills:todos.adjustmentsToApprove', icon: 'AuditOutlined' }],
};
