import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const OrdersPage = page(() => import('./OrdersPage'), 'OrdersPage');
const OrderDetailPage = page(() => import('./OrderDetailPage'), 'OrderDetailPage');
const IntakePage = page(() => import('./IntakePage'), 'IntakePage');
const TasksPage = page(() => import('./TasksPage'), 'TasksPage');
const TaskPage = page(() => import('./TaskPage'), 'TaskPage');

/** Orders from request to payment, the service desk's intake, and the field staff's own tasks. */
export const ordersFeature: WebFeature = {
  name: 'orders',
  namespaces: ['orders'],
  uses: ['estates', 'gps', 'gpsInstall', 'history', 'money', 'pricelists'],
  routes: (
    <>
      <Route path="orders" element={<RequireAbility ability="orders" />}>
        <Route index element={<OrdersPage />} />
        <Route path=":id" element={<OrderDetailPage />} />
      </Route>
      <Route path="intake" element={<RequireAbility ability="intake" />}>
        <Route index element={<IntakePage />} />
      </Route>
      <Route path="tasks" element={<RequireAbility ability="myTasks" />}>
        <Route index element={<TasksPage />} />
        <Route path=":id" element={<TaskPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'orders',
      path: '/orders',
      labelKey: 'layout:menu.orders',
      descriptionKey: 'home:links.orders',
      icon: 'ProfileOutlined',
      ability: 'orders',
      group: 'service',
      order: 10,
    },
    {
      key: 'intake',
      path: '/intake',
      labelKey: 'layout:menu.intake',
      descriptionKey: 'home:links.intake',
      icon: 'FileAddOutlined',
      ability: 'intake',
      group: 'service',
      order: 20,
    },
    {
      key: 'myTasks',
      path: '/tasks',
      labelKey: 'layout:menu.myTasks',
      descriptionKey: 'home:links.myTasks',
      icon: 'MobileOutlined',
      ability: 'myTasks',
      group: 'service',
      order: 40,
    },
  ],
  todos: [
    { key: 'orders.toAssign', labelKey: 'orders:todos.toAssign', icon: 'ScheduleOutlined' },
    { key: 'orders.toCollect', labelKey: 'orders:todos.toCollect', icon: 'ProfileOutlined' },
    { key: 'orders.myTasks', labelKey: 'orders:todos.myTasks', icon: 'ToolOutlined' },
  ],
  figures: [
    { key: 'orders.open', labelKey: 'orders:figures.open' },
    { key: 'orders.collectedThisMonth', labelKey: 'orders:figures.collectedThisMonth' },
  ],
};
