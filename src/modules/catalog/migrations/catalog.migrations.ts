import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const catalogMigrations: MigrationSet = () => ({
  '2026120190_catalog_item_name_en': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('service_items').addColumn('name_en', 'text').execute();
    },
  },
  '2026112705_catalog_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('service_items')
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('service_items_pk', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('service_items_code').on('service_items').columns(['tenant_id', 'code']).unique().execute();

      await db.schema
        .createTable('price_lists')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('submitted_by', 'text')
        .addColumn('approved_at', 'text')
        .addColumn('approved_by', 'text')
        .addColumn('return_reason', 'text')
        .addColumn('published_at', 'text')
        .addColumn('superseded_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('price_lists_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('price_lists_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('price_lists_office_number')
        .on('price_lists')
        .columns(['tenant_id', 'office_id', 'number'])
        .unique()
        .execute();
      await db.schema.createIndex('price_lists_office_state').on('price_lists').columns(['tenant_id', 'office_id', 'state']).execute();

      await db.schema
        .createTable('price_list_lines')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('price_list_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('price_fen', 'bigint', (c) => c.notNull())
        .addColumn('note', 'text')
        .addPrimaryKeyConstraint('price_list_lines_pk', ['tenant_id', 'price_list_id', 'item_id'])
        .addForeignKeyConstraint('price_list_lines_list_fk', ['tenant_id', 'price_list_id'], 'price_lists', ['tenant_id', 'id'])
        .addForeignKeyConstraint('price_list_lines_item_fk', ['tenant_id', 'item_id'], 'service_items', ['tenant_id', 'id'])
        .execute();
    },
  },
});
