import type { Kysely } from 'kysely';
import { createPrefixIndex } from '../../../platform/db/dialect.js';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const orgMigrations: MigrationSet = (engine) => ({
  '2026112702_orgs_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('org_nodes')
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('org_nodes_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('org_nodes_parent_fk', ['tenant_id', 'parent_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('org_nodes_code').on('org_nodes').columns(['tenant_id', 'code']).unique().execute();
      await db.schema.createIndex('org_nodes_parent').on('org_nodes').columns(['tenant_id', 'parent_id']).execute();
      await createPrefixIndex(db, engine, 'org_nodes_path', 'org_nodes', 'tenant_id', 'path');
    },
  },
});
