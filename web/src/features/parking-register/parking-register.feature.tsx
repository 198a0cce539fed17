import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ParkingRegisterPage = page(() => import('./ParkingRegisterPage'), 'ParkingRegisterPage');

/** 车场车辆 (A2.4.1.2, item 1): car parks, parking spaces and vehicles of the estates, imported and exported as Excel. */
export const parkingRegisterFeature: WebFeature = {
  name: 'parkingRegister',
  namespaces: ['parking'],
  uses: ['estates'],
  routes: (
    <Route path="car-parks" element={<RequireAbility ability="parkingRegister" />}>
      <Route index element={<ParkingRegisterPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'parkingRegister',
      path: '/car-parks',
      labelKey: 'parking:menu.register',
      descriptionKey: 'parking:menu.registerHint',
      icon: 'CarOutlined',
      ability: 'parkingRegister',
      group: 'fees',
      order: 80,
    },
  ],
};
