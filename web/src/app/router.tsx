import { type ComponentType, lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireAbility } from './layout/RequireAbility';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { FullPageSpinner } from './ui/FullPageSpinner';

/** A code-split page: its code loads the first time someone opens it. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const LoginPage = page(() => import('./auth/LoginPage'), 'LoginPage');
const AppLayout = page(() => import('./layout/AppLayout'), 'AppLayout');
const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');
const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const OrgsPage = page(() => import('../features/orgs/OrgsPage'), 'OrgsPage');
const OrgOverview = page(() => import('../features/orgs/OrgOverview'), 'OrgOverview');
const OrgDetail = page(() => import('../features/orgs/OrgDetail'), 'OrgDetail');
const UsersPage = page(() => import('../features/users/UsersPage'), 'UsersPage');
const UserDetailPage = page(() => import('../features/users/UserDetailPage'), 'UserDetailPage');
const RolesPage = page(() => import('../features/roles/RolesPage'), 'RolesPage');
const RoleDetailPage = page(() => import('../features/roles/RoleDetailPage'), 'RoleDetailPage');
const ParamsPage = page(() => import('../features/params/ParamsPage'), 'ParamsPage');
const AgreementsPage = page(() => import('../features/agreements/AgreementsPage'), 'AgreementsPage');
const AgreementDetailPage = page(() => import('../features/agreements/AgreementDetailPage'), 'AgreementDetailPage');
const AgreementFormPage = page(() => import('../features/agreements/AgreementFormPage'), 'AgreementFormPage');
const EstatesPage = page(() => import('../features/estates/EstatesPage'), 'EstatesPage');
const EstatePage = page(() => import('../features/estates/EstatePage'), 'EstatePage');
const UnitPage = page(() => import('../features/estates/UnitPage'), 'UnitPage');
const OrdersPage = page(() => import('../features/orders/OrdersPage'), 'OrdersPage');
const OrderDetailPage = page(() => import('../features/orders/OrderDetailPage'), 'OrderDetailPage');
const IntakePage = page(() => import('../features/orders/IntakePage'), 'IntakePage');
const TasksPage = page(() => import('../features/orders/TasksPage'), 'TasksPage');
const TaskPage = page(() => import('../features/orders/TaskPage'), 'TaskPage');
const PriceListsPage = page(() => import('../features/pricelists/PriceListsPage'), 'PriceListsPage');
const CatalogPage = page(() => import('../features/pricelists/CatalogPage'), 'CatalogPage');
const BooksPage = page(() => import('../features/money/BooksPage'), 'BooksPage');
const ReceiptsPage = page(() => import('../features/money/ReceiptsPage'), 'ReceiptsPage');
const CashPage = page(() => import('../features/money/CashPage'), 'CashPage');
const RemittancesPage = page(() => import('../features/money/RemittancesPage'), 'RemittancesPage');
const CompliancePage = page(() => import('../features/compliance/CompliancePage'), 'CompliancePage');
const BreachesPage = page(() => import('../features/compliance/BreachesPage'), 'BreachesPage');
const ReconciliationPage = page(() => import('../features/money/ReconciliationPage'), 'ReconciliationPage');
const JobsPage = page(() => import('../features/jobs/JobsPage'), 'JobsPage');
const CallbacksPage = page(() => import('../features/callbacks/CallbacksPage'), 'CallbacksPage');
const CallbackDetailPage = page(() => import('../features/callbacks/CallbackDetailPage'), 'CallbackDetailPage');
const SatisfactionPage = page(() => import('../features/callbacks/SatisfactionPage'), 'SatisfactionPage');

/**
 * Every address of the app. Pages a user's abilities do not include answer "not allowed" (an old or
 * typed link), never a half-working page; the server refuses the data anyway.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <RouteErrorBoundary>
        <Suspense fallback={<FullPageSpinner />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route element={<AppLayout />}>
              <Route index element={<HomePage />} />
              <Route
                path="orgs"
                element={
                  <RequireAbility ability="orgs">
                    <OrgsPage />
                  </RequireAbility>
                }
              >
                <Route index element={<OrgOverview />} />
                <Route path=":id" element={<OrgDetail />} />
              </Route>
              <Route path="users" element={<RequireAbility ability="users" />}>
                <Route index element={<UsersPage />} />
                <Route path=":id" element={<UserDetailPage />} />
              </Route>
              <Route path="roles" element={<RequireAbility ability="roles" />}>
                <Route index element={<RolesPage />} />
                <Route path=":id" element={<RoleDetailPage />} />
              </Route>
              <Route path="params" element={<RequireAbility ability="params" />}>
                <Route index element={<ParamsPage />} />
              </Route>
              <Route path="orders" element={<RequireAbility ability="orders" />}>
                <Route index element={<OrdersPage />} />
                <Route path=":id" element={<OrderDetailPage />} />
              </Route>
              <Route path="agreements" element={<RequireAbility ability="agreements" />}>
                <Route index element={<AgreementsPage />} />
                <Route path="new" element={<AgreementFormPage />} />
                <Route path=":id" element={<AgreementDetailPage />} />
                <Route path=":id/edit" element={<AgreementFormPage />} />
              </Route>
              <Route path="estates" element={<RequireAbility ability="estates" />}>
                <Route index element={<EstatesPage />} />
                <Route path=":id" element={<EstatePage />} />
                <Route path="units/:id" element={<UnitPage />} />
              </Route>
              <Route path="callbacks" element={<RequireAbility ability="callbacks" />}>
                <Route index element={<CallbacksPage />} />
                <Route path=":id" element={<CallbackDetailPage />} />
              </Route>
              <Route path="satisfaction" element={<RequireAbility ability="callbacks" />}>
                <Route index element={<SatisfactionPage />} />
              </Route>
              <Route path="intake" element={<RequireAbility ability="intake" />}>
                <Route index element={<IntakePage />} />
              </Route>
              <Route path="tasks" element={<RequireAbility ability="myTasks" />}>
                <Route index element={<TasksPage />} />
                <Route path=":id" element={<TaskPage />} />
              </Route>
              <Route path="price-lists" element={<RequireAbility ability="priceLists" />}>
                <Route index element={<PriceListsPage />} />
              </Route>
              <Route path="service-items" element={<RequireAbility ability="catalog" />}>
                <Route index element={<CatalogPage />} />
              </Route>
              {/* field staff hold cash too: the page checks its own abilities */}
              <Route path="money/cash" element={<CashPage />} />
              <Route path="money" element={<RequireAbility ability="receipts" />}>
                <Route path="books" element={<BooksPage />} />
                <Route path="receipts" element={<ReceiptsPage />} />
                <Route path="remittances" element={<RemittancesPage />} />
                <Route path="reconciliation" element={<ReconciliationPage />} />
              </Route>
              <Route path="jobs" element={<RequireAbility ability="jobs" />}>
                <Route index element={<JobsPage />} />
              </Route>
              <Route path="compliance" element={<RequireAbility ability="compliance" />}>
                <Route index element={<CompliancePage />} />
                <Route path=":monitorId" element={<BreachesPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
