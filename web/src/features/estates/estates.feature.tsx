import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const EstatesPage = page(() => import('./EstatesPage'), 'EstatesPage');
const EstatePage = page(() => import('./EstatePage'), 'EstatePage');
const UnitPage = page(() => import('./UnitPage'), 'UnitPage');

/** The estate register (A2.4.1.1): estates, buildings, units and their residents, imported and exported as Excel. */
export const estatesFeature: WebFeature = {
  name: 'estates',
  namespaces: ['estates'],
  routes: (
    <Route path="estates" element={<RequireAbility ability="estates" />}>
      <Route index element={<EstatesPage />} />
      <Route path=":id" element={<EstatePage />} />
      <Route path="units/:id" element={<UnitPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'estates',
      path: '/estates',
      labelKey: 'layout:menu.estates',
      icon: 'BankOutlined',
      ability: 'estates',
      group: 'service',
      order: 35,
    },
  ],
};
