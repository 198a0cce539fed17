import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const PriceListsPage = page(() => import('./PriceListsPage'), 'PriceListsPage');
const CatalogPage = page(() => import('./CatalogPage'), 'CatalogPage');

/** The posted price lists and the service items they price. */
export const pricelistsFeature: WebFeature = {
  name: 'pricelists',
  namespaces: ['pricelists'],
  routes: (
    <>
      <Route path="price-lists" element={<RequireAbility ability="priceLists" />}>
        <Route index element={<PriceListsPage />} />
      </Route>
      <Route path="service-items" element={<RequireAbility ability="catalog" />}>
        <Route index element={<CatalogPage />} />
      </Route>
    </>
  ),
  menu: [
    {
      key: 'priceLists',
      path: '/price-lists',
      labelKey: 'layout:menu.priceLists',
      descriptionKey: 'home:links.priceLists',
      icon: 'TagsOutlined',
      ability: 'priceLists',
      group: 'service',
      order: 50,
    },
    {
      key: 'catalog',
      path: '/service-items',
      labelKey: 'layout:menu.catalog',
      descriptionKey: 'home:links.catalog',
      icon: 'AppstoreOutlined',
      ability: 'catalog',
      group: 'service',
      order: 60,
    },
  ],
};
