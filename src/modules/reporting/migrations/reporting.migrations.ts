import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known to a migration
type Table = CreateTableBuilder<any, any>;

const base = (t: Table, name: string) =>
  t
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'id']);

/** A station's record, reported to its superior node: both are org nodes. */
const upward = (t: Table, name: string) =>
  base(t, name)
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_org_fk`, ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
    .addColumn('superior_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_superior_fk`, ['tenant_id', 'superior_id'], 'org_nodes', ['tenant_id', 'id']);

const byUser = (t: Table, name: string, column: string) =>
  t.addForeignKeyConstraint(`${name}_${column}_fk`, ['tenant_id', column], 'users', ['tenant_id', 'id']);

const index = (db: Kysely<unknown>, table: string, columns: string[], unique = false) => {
  const b = db.schema
    .createIndex(`${table}_${columns.slice(1).join('_')}`)
    .on(table)
    .columns(columns);
  return (unique ? b.unique() : b).execute();
};

export const reportingMigrations: MigrationSet = () => ({
  '2026120530_reporting_init': {
    async up(db: Kysely<unknown>) {
      await byUser(
        byUser(
          upward(db.schema.createTable('station_reports'), 'station_reports')
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('period', 'text', (c) => c.notNull())
            .addColumn('sections', 'text', (c) => c.notNull())
            .addColumn('submitted_by', 'text', (c) => c.notNull())
            .addColumn('submitted_at', 'text', (c) => c.notNull())
            .addColumn('acknowledged_by', 'text')
            .addColumn('acknowledged_at', 'text')
            .addColumn('reply', 'text')
            .addColumn('version', 'integer', (c) => c.notNull()),
          'station_reports',
          'submitted_by',
        ),
        'station_reports',
        'acknowledged_by',
      ).execute();
      await index(db, 'station_reports', ['tenant_id', 'org_id', 'kind', 'period'], true);
      await index(db, 'station_reports', ['tenant_id', 'superior_id', 'acknowledged_at']);

      await base(db.schema.createTable('station_report_attachments'), 'station_report_attachments')
        .addColumn('report_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('station_report_attachments_report_fk', ['tenant_id', 'report_id'], 'station_reports', ['tenant_id', 'id'])
        .addColumn('blob_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'station_report_attachments', ['tenant_id', 'report_id']);

      await byUser(
        byUser(
          byUser(
            upward(db.schema.createTable('incidents'), 'incidents')
              .addColumn('kind', 'text', (c) => c.notNull())
              .addColumn('occurred_at', 'text', (c) => c.notNull())
              .addColumn('place', 'text', (c) => c.notNull())
              .addColumn('description', 'text', (c) => c.notNull())
              .addColumn('measures', 'text', (c) => c.notNull())
              .addColumn('measures_at', 'text', (c) => c.notNull())
              .addColumn('recorded_by', 'text', (c) => c.notNull())
              .addColumn('recorded_at', 'text', (c) => c.notNull())
              .addColumn('reported_at', 'text')
              .addColumn('reported_by', 'text')
              .addColumn('report_delay_minutes', 'integer')
              .addColumn('acknowledged_by', 'text')
              .addColumn('acknowledged_at', 'text')
              .addColumn('reply', 'text')
              .addColumn('version', 'integer', (c) => c.notNull()),
            'incidents',
            'recorded_by',
          ),
          'incidents',
          'reported_by',
        ),
        'incidents',
        'acknowledged_by',
      ).execute();
      await index(db, 'incidents', ['tenant_id', 'org_id', 'occurred_at']);
      await index(db, 'incidents', ['tenant_id', 'superior_id', 'acknowledged_at']);
    },
  },
});
