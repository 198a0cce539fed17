import { ApartmentOutlined, CarOutlined, CreditCardOutlined, IdcardOutlined, RadarChartOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { type MenuEntry, page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const CustomersPage = page(() => import('./CustomersPage'), 'CustomersPage');
const VehiclesPage = page(() => import('./VehiclesPage'), 'VehiclesPage');
const TerminalsPage = page(() => import('./TerminalsPage'), 'TerminalsPage');
const SimsPage = page(() => import('./SimsPage'), 'SimsPage');
const ProductsPage = page(() => import('./ProductsPage'), 'ProductsPage');

const entry = (key: string, path: string, icon: ReactNode, order: number): MenuEntry => ({
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
    entry('customers', '/gps/customers', <IdcardOutlined aria-hidden />, 50),
    entry('vehicles', '/gps/vehicles', <CarOutlined aria-hidden />, 55),
    entry('terminals', '/gps/terminals', <RadarChartOutlined aria-hidden />, 60),
    entry('sims', '/gps/sims', <CreditCardOutlined aria-hidden />, 65),
    entry('products', '/gps/products', <ApartmentOutlined aria-hidden />, 70),
  ],
};
