import { composeModule } from '../../platform/module-parts.js';
import { collectionPart } from './collection.part.js';
import { gatePart } from './gate.part.js';
import { parkingMigrations } from './migrations/parking.migrations.js';
import { parkingFeesMigrations } from './migrations/parking-fees.migration.js';
import { parkingPermissions, parkingRoleDefaults } from './parking.permissions.js';
import { replaceReceipt } from './parking-collection.repo.js';
import { passesPart } from './passes.part.js';
import { registerPart } from './register.part.js';
import { standardsPart } from './standards.part.js';

/**
 * Parking fees (篇二 A2.4.1.2), built on the estate register and property fees: the register of car parks, spaces and
 * vehicles; parking standards; monthly passes billed with the property bills; the gate's records and their
 * charges; collection by the security department with its report and monitors.
 */
export const parkingModule = composeModule(
  {
    name: 'parking',
    clauses: ['A2.4.1.2'],
    migrations: [parkingMigrations, parkingFeesMigrations],
    permissions: parkingPermissions,
    roleDefaults: parkingRoleDefaults,
    // 补开 at the money module: the gate's collection names its new receipt, in the replacement's transaction
    subscriptions: { 'receipt.replaced': (tx, e) => replaceReceipt(tx.db, tx.actor.tenantId, e) },
  },
  // demos run in this order: a pass is priced by a standard, a stay checks the passes, a collection takes a stay
  [registerPart, standardsPart, passesPart, gatePart, collectionPart],
);
