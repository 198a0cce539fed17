import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../../../platform/db/dialect.js';

/**
 * Issue 14: an agreement names the unit of the estate register it serves, when one was picked (the free-text address
 * stays, for places outside the register). A tenant-led foreign key on PostgreSQL; SQLite cannot add one to an
 * existing table without rebuilding it, so there the service's check is the guard.
 */
export const agreementsUnit = (engine: Engine): Record<string, Migration> => ({
  '2026120372_agreements_unit': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('agreements').addColumn('unit_id', 'text').execute();
      if (engine === 'postgres')
        await db.schema
          .alterTable('agreements')
          .addForeignKeyConstraint('agreements_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
          .execute();
      await db.schema.createIndex('agreements_unit').on('agreements').columns(['tenant_id', 'unit_id']).execute();
    },
  },
});
