import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const CompliancePage = page(() => import('./CompliancePage'), 'CompliancePage');
const BreachesPage = page(() => import('./BreachesPage'), 'BreachesPage');

/** Every clause with its live status, and each monitor's breaches. */
export const complianceFeature: WebFeature = {
  name: 'compliance',
  namespaces: ['compliance'],
  // a cleaning breach names its area and level in the cleaning catalogue's words (breach-words.ts)
  uses: ['cleaning'],
  routes: (
    <Route path="compliance" element={<RequireAbility ability="compliance" />}>
      <Route index element={<CompliancePage />} />
      <Route path=":monitorId" element={<BreachesPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'compliance',
      path: '/compliance',
      labelKey: 'layout:menu.compliance',
      descriptionKey: 'home:links.compliance',
      icon: 'FileProtectOutlined',
      ability: 'compliance',
      group: 'compliance',
      order: 10,
    },
  ],
  todos: [{ key: 'compliance.breaches', labelKey: 'compliance:todos.breaches', icon: 'WarningOutlined' }],
  figures: [{ key: 'compliance.breaches', labelKey: 'compliance:figures.breaches' }],
};
