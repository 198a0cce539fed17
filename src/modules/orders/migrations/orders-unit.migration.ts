import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../../../platform/db/dialect.js';

/**
 * Issue 14: an order names the unit of the estate register it is for, when intake picked one (the free-text address
 * stays, for places outside the register). PostgreSQL holds the unit to the register with a tenant-led foreign key;
 * SQLite cannot add one to an existing table without rebuilding it, so there the service's check is the guard.
 */
export const ordersUnit = (engine: Engine): Record<string, Migration> => ({
  '2026120371_orders_unit': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('orders').addColumn('unit_id', 'text').execute();
      if (engine === 'postgres')
        await db.schema
          .alterTable('orders')
          .addForeignKeyConstraint('orders_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
          .execute();
      // a unit's orders (its service history)
      await db.schema.createIndex('orders_unit').on('orders').columns(['tenant_id', 'unit_id']).execute();
    },
  },
});
