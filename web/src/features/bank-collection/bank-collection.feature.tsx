import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const BankCollectionPage = page(() => import('./BankCollectionPage'), 'BankCollectionPage');
const BatchPage = page(() => import('./BatchPage'), 'BatchPage');

/** 银行托收 (A2.3): mandates per unit, monthly batches exported to the bank and their return files imported. */
export const bankCollectionFeature: WebFeature = {
  name: 'bankCollection',
  namespaces: ['bankCollection'],
  routes: (
    <Route path="bank-collection" element={<RequireAbility ability="bankCollection" />}>
      <Route index element={<BankCollectionPage />} />
      <Route path="batches/:id" element={<BatchPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'bankCollection',
      path: '/bank-collection',
      labelKey: 'bankCollection:menu.bankCollection',
      descriptionKey: 'bankCollection:menu.description',
      icon: 'BankOutlined',
      ability: 'bankCollection',
      group: 'fees',
      order: 30,
    },
  ],
  todos: [{ key: 'fees.bankReturnsAwaited', labelKey: 'bankCollection:todos.bankReturnsAwaited', icon: 'FileSyncOutlined' }],
};
