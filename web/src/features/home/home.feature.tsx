import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';

const HomePage = page(() => import('./HomePage'), 'HomePage');

/** The workbench: the caller's to-dos and, for heads, key figures. */
export const homeFeature: WebFeature = {
  name: 'home',
  namespaces: ['home'],
  routes: <Route index element={<HomePage />} />,
  menu: [{ key: 'home', path: '/', labelKey: 'layout:menu.home', icon: 'HomeOutlined', order: 0 }],
};
