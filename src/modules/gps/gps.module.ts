import { composeModule } from '../../platform/modules.js';
import { gpsPermissions, gpsRoleDefaults } from './gps.permissions.js';
import { gpsRegisterMigrations } from './migrations/gps-register.migration.js';
import { registerPart } from './register.part.js';

/**
 * The GPS department's after-sales service (篇四 A4.4.5, A4.4.6): the register of customers, vehicles, terminals and
 * SIM cards with each device's history; the installation and repair orders (part `orders`) and the service-time
 * checks (part `service-time`) join as further parts.
 */
export const gpsModule = composeModule(
  {
    name: 'gps',
    clauses: ['A4.4.5', 'A4.4.6'],
    migrations: [gpsRegisterMigrations],
    permissions: gpsPermissions,
    roleDefaults: gpsRoleDefaults,
  },
  [registerPart],
);
