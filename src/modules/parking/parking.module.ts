import { composeModule } from '../../platform/modules.js';
import { parkingMigrations } from './migrations/parking.migrations.js';
import { parkingFeesMigrations } from './migrations/parking-fees.migration.js';
import { parkingPermissions, parkingRoleDefaults } from './parking.permissions.js';
import { registerPart } from './register.part.js';

/**
 * Parking fees (篇二 A2.4.1.2), built on the estate register and property fees: so far the register of car parks,
 * spaces and vehicles; monthly passes, standards, gate records and collection come as further parts.
 */
export const parkingModule = composeModule(
  {
    name: 'parking',
    clauses: ['A2.4.1.2'],
    migrations: [parkingMigrations, parkingFeesMigrations],
    permissions: parkingPermissions,
    roleDefaults: parkingRoleDefaults,
  },
  [registerPart],
);
