import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const BooksPage = page(() => import('./BooksPage'), 'BooksPage');
const ReceiptsPage = page(() => import('./ReceiptsPage'), 'ReceiptsPage');
const CashPage = page(() => import('./CashPage'), 'CashPage');
const RemittancesPage = page(() => import('./RemittancesPage'), 'RemittancesPage');
const ReconciliationPage = page(() => import('./ReconciliationPage'), 'ReconciliationPage');

/** Receipt books and receipts, cash in hand and its hand-overs, remittances to finance, the day's reconciliation. */
export const moneyFeature: WebFeature = {
  name: 'money',
  namespaces: ['money'],
  uses: ['orders'],
  routes: (
    <>
      {/* field staff hold cash too: the page checks its own abilities */}
      <Route path="money/cash" element={<CashPage />} />
      <Route path="money" element={<RequireAbility ability="receipts" />}>
        <Route path="books" element={<BooksPage />} />
        <Route path="receipts" element={<ReceiptsPage />} />
        <Route path="remittances" element={<RemittancesPage />} />
        <Route path="reconciliation" element={<ReconciliationPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'books',
      path: '/money/books',
      labelKey: 'layout:menu.books',
      descriptionKey: 'home:links.books',
      icon: 'BookOutlined',
      ability: 'receipts',
      group: 'money',
      order: 10,
    },
    {
      key: 'receipts',
      path: '/money/receipts',
      labelKey: 'layout:menu.receipts',
      descriptionKey: 'home:links.receipts',
      icon: 'FileTextOutlined',
      ability: 'receipts',
      group: 'money',
      order: 20,
    },
    {
      key: 'cash',
      path: '/money/cash',
      labelKey: 'layout:menu.cash',
      descriptionKey: 'home:links.cash',
      icon: 'WalletOutlined',
      // a guard and the security supervisor hold the gate's parking cash (A2.4.1.2)
      ability: ['receipts', 'collect', 'myTasks', 'parkingCollect'],
      group: 'money',
      order: 30,
    },
    {
      key: 'remittances',
      path: '/money/remittances',
      labelKey: 'layout:menu.remittances',
      descriptionKey: 'home:links.remittances',
      icon: 'BankOutlined',
      ability: 'receipts',
      group: 'money',
      order: 40,
    },
    {
      key: 'reconciliation',
      path: '/money/reconciliation',
      labelKey: 'layout:menu.reconciliation',
      descriptionKey: 'home:links.reconciliation',
      icon: 'AuditOutlined',
      ability: 'receipts',
      group: 'money',
      order: 50,
    },
  ],
  todos: [
    { key: 'money.handoversToConfirm', labelKey: 'money:todos.handoversToConfirm', icon: 'SwapOutlined' },
    { key: 'money.cashInHand', labelKey: 'money:todos.cashInHand', icon: 'WalletOutlined' },
    { key: 'money.remittancesToConfirm', labelKey: 'money:todos.remittancesToConfirm', icon: 'BankOutlined' },
    { key: 'money.bookRequests', labelKey: 'money:todos.bookRequests', icon: 'BookOutlined' },
  ],
};
