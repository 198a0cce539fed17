import { platformMigrations } from '../platform/db/migrations/platform.migrations.js';
import type { MigrationSet } from '../platform/db/migrator.js';
import type { App } from '../platform/http/types.js';
import { jobsMigrations } from '../platform/jobs/migrations/jobs.migrations.js';
import { agreementRoutes } from './agreements/agreement.routes.js';
import { agreementsMigrations } from './agreements/migrations/agreements.migrations.js';
import { callbackRoutes } from './callbacks/callback.routes.js';
import { callbacksMigrations } from './callbacks/migrations/callbacks.migrations.js';
import { catalogRoutes, priceListRoutes } from './catalog/catalog.routes.js';
import { catalogMigrations } from './catalog/migrations/catalog.migrations.js';
import { catalogGardenMigrations } from './catalog/migrations/catalog-garden.migrations.js';
import { noticeRoutes } from './catalog/notice.routes.js';
import { complianceRoutes } from './compliance/compliance.routes.js';
import { complianceMigrations } from './compliance/migrations/compliance.migrations.js';
import { historyRoutes } from './history/history.routes.js';
import { registerAuthHook } from './identity/auth.hook.js';
import { authRoutes } from './identity/auth.routes.js';
import { identityMigrations } from './identity/migrations/identity.migrations.js';
import { roleRoutes, tokenRoutes } from './identity/role.routes.js';
import { userRoutes } from './identity/user.routes.js';
import { jobsRoutes } from './jobs/jobs.routes.js';
import { moneyMigrations } from './money/migrations/money.migrations.js';
import { moneyMonitorMigrations } from './money/migrations/money-monitors.migrations.js';
import { moneyRelayMigrations } from './money/migrations/money-relay.migrations.js';
import { moneyStatementMigrations } from './money/migrations/money-statements.migrations.js';
import { moneyRoutes } from './money/money.routes.js';
import { moneyReportRoutes } from './money/money-reports.routes.js';
import { orderMonitorMigrations } from './orders/migrations/order-monitors.migrations.js';
import { orderPriceCheckMigrations } from './orders/migrations/order-price-checks.migrations.js';
import { ordersMigrations } from './orders/migrations/orders.migrations.js';
import { orderRoutes } from './orders/order.routes.js';
import { orgMigrations } from './orgs/migrations/orgs.migrations.js';
import { orgRoutes } from './orgs/org.routes.js';
import { paramsMigrations } from './params/migrations/params.migrations.js';
import { paramsRoutes } from './params/params.routes.js';

/** Every module's tables, in order. A new module adds its migration set here. */
export const MIGRATIONS: MigrationSet[] = [
  platformMigrations,
  orgMigrations,
  identityMigrations,
  paramsMigrations,
  catalogMigrations,
  ordersMigrations,
  moneyMigrations,
  callbacksMigrations,
  jobsMigrations,
  moneyMonitorMigrations,
  orderMonitorMigrations,
  orderPriceCheckMigrations,
  complianceMigrations,
  agreementsMigrations,
  moneyRelayMigrations,
  catalogGardenMigrations,
  moneyStatementMigrations,
];

/** Every module's hooks and routes. */
export function installModules(app: App): void {
  registerAuthHook(app);
  authRoutes(app);
  orgRoutes(app);
  userRoutes(app);
  roleRoutes(app);
  tokenRoutes(app);
  paramsRoutes(app);
  catalogRoutes(app);
  priceListRoutes(app);
  noticeRoutes(app);
  orderRoutes(app);
  moneyRoutes(app);
  moneyReportRoutes(app);
  jobsRoutes(app);
  agreementRoutes(app);
  complianceRoutes(app);
  callbackRoutes(app);
  historyRoutes(app);
}
