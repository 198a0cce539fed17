import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const RolesPage = page(() => import('./RolesPage'), 'RolesPage');
const RoleDetailPage = page(() => import('./RoleDetailPage'), 'RoleDetailPage');

/** Roles and their permissions (the permission names are the `permissions` namespace, loaded with these pages). */
export const rolesFeature: WebFeature = {
  name: 'roles',
  namespaces: ['roles', 'permissions'],
  routes: (
    <Route path="roles" element={<RequireAbility ability="roles" />}>
      <Route index element={<RolesPage />} />
      <Route path=":id" element={<RoleDetailPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'roles',
      path: '/roles',
      labelKey: 'layout:menu.roles',
      descriptionKey: 'home:links.roles',
      icon: 'SafetyCertificateOutlined',
      ability: 'roles',
      group: 'admin',
      order: 30,
    },
  ],
};
