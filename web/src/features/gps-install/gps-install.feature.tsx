import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const InstallRequestsPage = page(() => import('./InstallRequestsPage'), 'InstallRequestsPage');
const NewInstallRequestPage = page(() => import('./NewInstallRequestPage'), 'NewInstallRequestPage');
const InstallRequestPage = page(() => import('./InstallRequestPage'), 'InstallRequestPage');

/**
 * 安装需求单 (issue 16, A4.4.1): installation requests with their vehicle lists and the visits sent for them. The
 * visit's vehicles and 安装 show on the order and task pages (InstallVehicles).
 */
export const gpsInstallFeature: WebFeature = {
  name: 'gpsInstall',
  namespaces: ['gpsInstall'],
  uses: ['gps', 'orders'],
  routes: (
    <Route path="gps/install-requests" element={<RequireAbility ability="gpsRegister" />}>
      <Route index element={<InstallRequestsPage />} />
      <Route
        path="new"
        element={
          <RequireAbility ability="intake">
            <NewInstallRequestPage />
          </RequireAbility>
        }
      />
      <Route path=":id" element={<InstallRequestPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'gpsInstallRequests',
      path: '/gps/install-requests',
      labelKey: 'gpsInstall:menu.title',
      descriptionKey: 'gpsInstall:menu.hint',
      icon: 'SolutionOutlined',
      ability: 'gpsRegister',
      group: 'gps',
      order: 45,
    },
  ],
};
