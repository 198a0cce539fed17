import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const LedgersPage = page(() => import('./LedgersPage'), 'LedgersPage');

/** 资料台帐 (篇一 A1.4): the station's ledgers — the regulation's and its own — written, searched, exported, voided. */
export const ledgersFeature: WebFeature = {
  name: 'ledgers',
  namespaces: ['ledgers'],
  routes: (
    <Route path="workstation/ledgers" element={<RequireAbility ability="ledgers" />}>
      <Route index element={<LedgersPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'ledgers',
      path: '/workstation/ledgers',
      labelKey: 'ledgers:menu.ledgers',
      descriptionKey: 'ledgers:menu.ledgersHint',
      icon: 'BookOutlined',
      ability: 'ledgers',
      group: 'workstation',
      order: 40,
    },
  ],
};
