import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const UsersPage = page(() => import('./UsersPage'), 'UsersPage');
const UserDetailPage = page(() => import('./UserDetailPage'), 'UserDetailPage');

/** Users and the roles granted to them. */
export const usersFeature: WebFeature = {
  name: 'users',
  namespaces: ['users'],
  routes: (
    <Route path="users" element={<RequireAbility ability="users" />}>
      <Route index element={<UsersPage />} />
      <Route path=":id" element={<UserDetailPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'users',
      path: '/users',
      labelKey: 'layout:menu.users',
      descriptionKey: 'home:links.users',
      icon: 'TeamOutlined',
      ability: 'users',
      group: 'admin',
      order: 20,
    },
  ],
};
