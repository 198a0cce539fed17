import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const AgreementsPage = page(() => import('./AgreementsPage'), 'AgreementsPage');
const AgreementDetailPage = page(() => import('./AgreementDetailPage'), 'AgreementDetailPage');
const AgreementFormPage = page(() => import('./AgreementFormPage'), 'AgreementFormPage');

/** Special-service agreements (业主特约服务协议书) and their visits. */
export const agreementsFeature: WebFeature = {
  name: 'agreements',
  namespaces: ['agreements'],
  uses: ['estates', 'money', 'orders', 'pricelists'],
  routes: (
    <Route path="agreements" element={<RequireAbility ability="agreements" />}>
      <Route index element={<AgreementsPage />} />
      <Route path="new" element={<AgreementFormPage />} />
      <Route path=":id" element={<AgreementDetailPage />} />
      <Route path=":id/edit" element={<AgreementFormPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'agreements',
      path: '/agreements',
      labelKey: 'layout:menu.agreements',
      descriptionKey: 'home:links.agreements',
      icon: 'ScheduleOutlined',
      ability: 'agreements',
      group: 'service',
      order: 30,
    },
  ],
  todos: [{ key: 'agreements.visitsToday', labelKey: 'agreements:todos.visitsToday', icon: 'CalendarOutlined' }],
};
