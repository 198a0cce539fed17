import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const PatientsPage = page(() => import('./PatientsPage'), 'PatientsPage');
const PatientPage = page(() => import('./PatientPage'), 'PatientPage');
const TeamsPage = page(() => import('./TeamsPage'), 'TeamsPage');
const DrugsPage = page(() => import('./DrugsPage'), 'DrugsPage');
const OrdersPage = page(() => import('./OrdersPage'), 'OrdersPage');
const OrderPage = page(() => import('./OrderPage'), 'OrderPage');
const OutsideDrugsPage = page(() => import('./OutsideDrugsPage'), 'OutsideDrugsPage');

/**
 * 家庭输液 (issue 19, 篇五 A5.1–A5.8): patients and their eligibility, nursing teams and their areas, the centre's drug
 * catalogue with its excluded categories, physician orders and their overrides, the signed consent, and the four
 * signed steps of a drug from another hospital.
 */
export const infusionFeature: WebFeature = {
  name: 'infusion',
  namespaces: ['infusion', 'infusionPatients', 'infusionOrders', 'infusionConsent'],
  uses: ['orders'],
  routes: (
    <Route path="infusion" element={<RequireAbility ability="infusion" />}>
      <Route path="patients" element={<PatientsPage />} />
      <Route path="patients/:id" element={<PatientPage />} />
      <Route path="teams" element={<TeamsPage />} />
      <Route path="drugs" element={<DrugsPage />} />
      <Route path="orders" element={<OrdersPage />} />
      <Route path="orders/:id" element={<OrderPage />} />
      <Route path="outside-drugs" element={<OutsideDrugsPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'infusionPatients',
      path: '/infusion/patients',
      labelKey: 'infusion:menu.patients',
      descriptionKey: 'infusion:menu.patientsHint',
      icon: 'UserOutlined',
      ability: 'infusion',
      group: 'health',
      order: 10,
    },
    {
      key: 'infusionOrders',
      path: '/infusion/orders',
      labelKey: 'infusion:menu.orders',
      descriptionKey: 'infusion:menu.ordersHint',
      icon: 'FileProtectOutlined',
      ability: 'infusion',
      group: 'health',
      order: 20,
    },
    {
      key: 'infusionOutsideDrugs',
      path: '/infusion/outside-drugs',
      labelKey: 'infusion:menu.outsideDrugs',
      descriptionKey: 'infusion:menu.outsideDrugsHint',
      icon: 'ExperimentOutlined',
      ability: 'infusion',
      group: 'health',
      order: 30,
    },
    {
      key: 'infusionDrugs',
      path: '/infusion/drugs',
      labelKey: 'infusion:menu.drugs',
      descriptionKey: 'infusion:menu.drugsHint',
      icon: 'MedicineBoxOutlined',
      ability: 'infusion',
      group: 'health',
      order: 40,
    },
    {
      key: 'infusionTeams',
      path: '/infusion/teams',
      labelKey: 'infusion:menu.teams',
      descriptionKey: 'infusion:menu.teamsHint',
      icon: 'TeamOutlined',
      ability: 'infusion',
      group: 'health',
      order: 50,
    },
  ],
  todos: [
    { key: 'infusion.overridesToReview', labelKey: 'infusion:todos.overridesToReview', icon: 'AuditOutlined' },
    // an outside drug's next step, for whoever signs it (A5.5)
    { key: 'infusion.outside.gp_check', labelKey: 'infusion:todos.outside.gp_check', icon: 'MedicineBoxOutlined' },
    { key: 'infusion.outside.pharmacist_review', labelKey: 'infusion:todos.outside.pharmacist_review', icon: 'MedicineBoxOutlined' },
    { key: 'infusion.outside.physician_order', labelKey: 'infusion:todos.outside.physician_order', icon: 'MedicineBoxOutlined' },
  ],
};
