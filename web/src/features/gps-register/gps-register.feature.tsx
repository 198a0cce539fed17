import { Route } from 'react-router';
import { type MenuEntry, page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';
import type { MenuIconName } from '../../app/ui/MenuIcon';

const CustomersPage = page(() => import('./CustomersPage'), 'CustomersPage');
const VehiclesPage = page(() => import('./VehiclesPage'), 'VehiclesPage');
const TerminalsPage = page(() => import('./TerminalsPage'), 'TerminalsPage');
const SimsPage = page(() => import('./SimsPage'), 'SimsPage');
const ProductsPage = page(() => import('./ProductsPage'), 'ProductsPage');

const entry = (key: string, path: string, icon: MenuIconName, order: number): MenuEntry => ({
  key: `gps${key[0]!.toUpperCase()}${key.slice(1)}`,
  path,
  labelKey: `gps:menu.${key}`,
  descriptionKey: `gps:menu.${key}Hint`,
  icon,
  ability: 'gpsRegister',
  group: 'gps',
  order,
});

/** GPS售后的档案 (issue 16): customers, vehicles, terminals, SIM cards and models, with each device's history. */
export const gpsRegisterFeature: WebFeature = {
  name: 'gpsRegister',
  namespaces: ['gps'],
  routes: (
    <Route path="gps" element={<RequireAbility ability="gpsRegister" />}>
      <Route path="customers" element={<CustomersPage />} />
      <Route path="vehicles" element={<VehiclesPage />} />
      <Route path="terminals" element={<TerminalsPage />} />
      <Route path="sims" element={<SimsPage />} />
      <Route path="products" element={<ProductsPage />} />
    </Route>
  ),
  menu: [
    entry('customers', '/gps/customers', 'IdcardOutlined', 50),
    entry('vehicles', '/gps/vehicles', 'CarOutlined', 55),
    entry('terminals', '/gps/terminals', 'RadarChartOutlined', 60),
    entry('sims', '/gps/sims', 'CreditCardOutlined', 65),
    entry('products', '/gps/products', 'ApartmentOutlined', 70),
  ],
};
