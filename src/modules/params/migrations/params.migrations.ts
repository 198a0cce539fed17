import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const paramsMigrations: MigrationSet = () => ({
  '2026112704_params_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('regulation_params')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value_json', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addPrimaryKeyConstraint('regulation_params_pk', ['tenant_id', 'org_id', 'key'])
        .addForeignKeyConstraint('regulation_params_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
    },
  },
});
