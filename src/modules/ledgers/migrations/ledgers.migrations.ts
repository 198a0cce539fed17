import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { ledgersEntriesLatest } from './ledgers-entries-latest.migration.js';

/** Ledger kinds with their versions, and the entries (A1.4 资料台帐). */
export const ledgersMigrations: MigrationSet = () => ({
  '2026120540_ledgers_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('ledger_kinds')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('builtin', 'integer', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_kinds_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('ledger_kinds_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('ledger_kinds_org_code').on('ledger_kinds').columns(['tenant_id', 'org_id', 'code']).unique().execute();

      await db.schema
        .createTable('ledger_kind_versions')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('kind_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addPrimaryKeyConstraint('ledger_kind_versions_pk', ['tenant_id', 'kind_id', 'version'])
        .addForeignKeyConstraint('ledger_kind_versions_kind_fk', ['tenant_id', 'kind_id'], 'ledger_kinds', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('ledger_entries')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind_id', 'text', (c) => c.notNull())
        .addColumn('kind_version', 'integer', (c) => c.notNull())
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('field_values', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('written_by', 'text', (c) => c.notNull())
        .addColumn('written_at', 'text', (c) => c.notNull())
        .addColumn('voided_at', 'text')
        .addColumn('voided_by', 'text')
        .addColumn('void_reason', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_entries_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('ledger_entries_version_fk', ['tenant_id', 'kind_id', 'kind_version'], 'ledger_kind_versions', [
          'tenant_id',
          'kind_id',
          'version',
        ])
        .addForeignKeyConstraint('ledger_entries_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .addForeignKeyConstraint('ledger_entries_writer_fk', ['tenant_id', 'written_by'], 'users', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('ledger_entries_kind_org_day')
        .on('ledger_entries')
        .columns(['tenant_id', 'kind_id', 'org_id', 'occurred_on'])
        .execute();
      await db.schema
        .createIndex('ledger_entries_writer_day')
        .on('ledger_entries')
        .columns(['tenant_id', 'written_by', 'occurred_on'])
        .execute();
    },
  },
  ...ledgersEntriesLatest,
});
