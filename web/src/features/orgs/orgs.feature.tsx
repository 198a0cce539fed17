import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const OrgsPage = page(() => import('./OrgsPage'), 'OrgsPage');
const OrgOverview = page(() => import('./OrgOverview'), 'OrgOverview');
const OrgDetail = page(() => import('./OrgDetail'), 'OrgDetail');

/** The organisation tree. */
export const orgsFeature: WebFeature = {
  name: 'orgs',
  namespaces: ['orgs'],
  routes: (
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
  ),
  menu: [
    {
      key: 'orgs',
      path: '/orgs',
      labelKey: 'layout:menu.orgs',
      descriptionKey: 'home:links.orgs',
      icon: 'ApartmentOutlined',
      ability: 'orgs',
      group: 'admin',
      order: 10,
    },
  ],
};
