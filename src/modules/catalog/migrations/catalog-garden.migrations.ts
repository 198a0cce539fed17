import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** A7.4.7: an item whose payment the supervisor collects after acceptance (garden works, 庭院绿化施工). */
export const catalogGardenMigrations: MigrationSet = () => ({
  '2026120161_catalog_supervisor_collects': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('service_items')
        .addColumn('supervisor_collects', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
});
