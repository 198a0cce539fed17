import { composeModule } from '../../platform/module-parts.js';
import { gpsPermissions, gpsRoleDefaults } from './gps.permissions.js';
import { onOrderChanged } from './gps-order-events.js';
import { installPart } from './install.part.js';
import { gpsInstallMigrations } from './migrations/gps-install.migration.js';
import { gpsRegisterMigrations } from './migrations/gps-register.migration.js';
import { registerPart } from './register.part.js';
import { repairPart } from './repair.part.js';

/**
 * The GPS department's after-sales service (篇四): the register of customers, vehicles, terminals and
 * SIM cards with each device's history; the installation and repair orders (part `orders`) and the service-time
 * checks (part `service-time`) join as further parts.
 */
export const gpsModule = composeModule(
  {
    name: 'gps',
    clauses: ['A4.2', 'A4.3', 'A4.4.1', 'A4.4.2', 'A4.4.3', 'A4.4.4', 'A4.4.5', 'A4.4.6', 'A4.4.7', 'A4.4.9'],
    migrations: [gpsRegisterMigrations, gpsInstallMigrations],
    permissions: gpsPermissions,
    roleDefaults: gpsRoleDefaults,
    // the register follows the department's order steps: warranty at intake, swaps and fitted vehicles at finish
    subscriptions: { 'order.changed': onOrderChanged },
  },
  [registerPart, installPart, repairPart],
);
