import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const GatePage = page(() => import('./GatePage'), 'GatePage');
const StaysPage = page(() => import('./StaysPage'), 'StaysPage');

/** 门岗登记 and 停车记录 (A2.4.1.2, item 3): the guard's phone view at the gate, and the office's stays with the gate export's import. */
export const parkingGateFeature: WebFeature = {
  name: 'parkingGate',
  namespaces: ['parkingGate'],
  routes: (
    <>
      <Route path="gate" element={<RequireAbility ability="parkingGate" />}>
        <Route index element={<GatePage />} />
      </Route>
      <Route path="parking-stays" element={<RequireAbility ability="parkingStays" />}>
        <Route index element={<StaysPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'parkingStays',
      path: '/parking-stays',
      labelKey: 'parkingGate:menu.stays',
      descriptionKey: 'parkingGate:menu.staysHint',
      icon: 'CarOutlined',
      ability: 'parkingStays',
      group: 'fees',
      order: 84,
    },
    {
      key: 'parkingGate',
      path: '/gate',
      labelKey: 'parkingGate:menu.gate',
      descriptionKey: 'parkingGate:menu.gateHint',
      icon: 'SafetyOutlined',
      ability: 'parkingGate',
      group: 'fees',
      order: 86,
    },
  ],
};
