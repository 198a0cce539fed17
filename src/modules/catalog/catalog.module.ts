import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { seedCatalogue } from './catalog.demo.js';
import { CATALOG_MANAGE, catalogPermissions, catalogRoleDefaults, PRICELIST_EDIT } from './catalog.permissions.js';
import { catalogRoutes, priceListRoutes } from './catalog.routes.js';
import { PRICE_LISTS_AT } from './catalog.types.js';
import { catalogMigrations } from './migrations/catalog.migrations.js';
import { catalogGardenMigrations } from './migrations/catalog-garden.migrations.js';
import { noticeRoutes } from './notice.routes.js';
import { getPriceList, priceListRefs } from './price-list.service.js';
import { readItem } from './service-item.service.js';

/** The service items and each office's approved, published price list (A2.4.2.1). */
export const catalogModule: ModuleManifest = {
  name: 'catalog',
  clauses: ['A2.4.2.1', 'A7.4.1'],
  migrations: [catalogMigrations, catalogGardenMigrations],
  permissions: catalogPermissions,
  roleDefaults: catalogRoleDefaults,
  routes(app) {
    catalogRoutes(app);
    priceListRoutes(app);
    noticeRoutes(app);
  },
  enforced: [
    {
      clauseId: 'A7.4.1',
      code: 'pricelist.none_published',
      description: 'a request is quoted only from the office’s posted price list; an office with none cannot quote',
      test: 'test/integration/price-lists.test.ts',
    },
  ],
  historyReaders: { pricelist: getPriceList, item: readItem },
  // the list an order was quoted from reads as its title in the order's history
  recordRefs: { pricelist: priceListRefs },
  uniqueRules: [
    { index: 'service_items_code', kind: 'conflict', code: 'item.code_taken', field: 'code', message: 'this item code is taken' },
    // two people starting the office's next list at once both pass the "one in preparation" check
    {
      index: 'price_lists_office_number',
      kind: 'conflict',
      code: 'pricelist.open_exists',
      message: 'this office already has a price list in preparation',
    },
  ],
  // price lists are prepared where they are posted (an office, a station, a health centre), not in a GPS department
  abilities: (a, _ctx, at) => ({
    catalog: hasAnywhere(a, CATALOG_MANAGE),
    preparePriceLists: hasAnywhere(at(PRICE_LISTS_AT), PRICELIST_EDIT),
  }),
  demo: seedCatalogue,
};
