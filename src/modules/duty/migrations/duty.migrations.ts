import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known to a migration
type Table = CreateTableBuilder<any, any>;

const base = (t: Table, name: string) =>
  t
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'id'])
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_org_fk`, ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id']);

const byUser = (t: Table, name: string, column: string) =>
  t.addForeignKeyConstraint(`${name}_${column}_fk`, ['tenant_id', column], 'users', ['tenant_id', 'id']);

const ofRoster = (t: Table, name: string) =>
  t
    .addColumn('roster_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_roster_fk`, ['tenant_id', 'roster_id'], 'duty_rosters', ['tenant_id', 'id']);

export const dutyMigrations: MigrationSet = () => ({
  '2026120550_duty_init': {
    async up(db: Kysely<unknown>) {
      await byUser(
        base(db.schema.createTable('duty_rosters'), 'duty_rosters')
          .addColumn('head_user_id', 'text', (c) => c.notNull())
          .addColumn('head_phone', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull()),
        'duty_rosters',
        'head_user_id',
      ).execute();
      await db.schema.createIndex('duty_rosters_org').on('duty_rosters').columns(['tenant_id', 'org_id']).unique().execute();

      await byUser(
        byUser(
          ofRoster(base(db.schema.createTable('duty_days'), 'duty_days'), 'duty_days')
            .addColumn('day', 'text', (c) => c.notNull())
            .addColumn('user_id', 'text', (c) => c.notNull())
            .addColumn('phone', 'text', (c) => c.notNull())
            .addColumn('assigned_by', 'text', (c) => c.notNull())
            .addColumn('assigned_at', 'text', (c) => c.notNull()),
          'duty_days',
          'user_id',
        ),
        'duty_days',
        'assigned_by',
      ).execute();
      await db.schema.createIndex('duty_days_org_day').on('duty_days').columns(['tenant_id', 'org_id', 'day']).unique().execute();
      await db.schema.createIndex('duty_days_user_day').on('duty_days').columns(['tenant_id', 'user_id', 'day']).execute();

      await byUser(
        byUser(
          byUser(
            ofRoster(base(db.schema.createTable('duty_swaps'), 'duty_swaps'), 'duty_swaps')
              .addColumn('day', 'text', (c) => c.notNull())
              .addColumn('from_user_id', 'text', (c) => c.notNull())
              .addColumn('to_user_id', 'text', (c) => c.notNull())
              .addColumn('reason', 'text', (c) => c.notNull())
              .addColumn('recorded_by', 'text', (c) => c.notNull())
              .addColumn('recorded_at', 'text', (c) => c.notNull()),
            'duty_swaps',
            'from_user_id',
          ),
          'duty_swaps',
          'to_user_id',
        ),
        'duty_swaps',
        'recorded_by',
      ).execute();
      await db.schema.createIndex('duty_swaps_org_day').on('duty_swaps').columns(['tenant_id', 'org_id', 'day']).execute();

      await byUser(
        byUser(
          base(db.schema.createTable('duty_logs'), 'duty_logs')
            .addColumn('day', 'text', (c) => c.notNull())
            .addColumn('user_id', 'text', (c) => c.notNull())
            .addColumn('patrols', 'integer', (c) => c.notNull())
            .addColumn('patrol_notes', 'text', (c) => c.notNull())
            .addColumn('mediations', 'integer', (c) => c.notNull())
            .addColumn('mediation_notes', 'text', (c) => c.notNull())
            .addColumn('registrations', 'integer', (c) => c.notNull())
            .addColumn('registration_notes', 'text', (c) => c.notNull())
            .addColumn('events', 'text', (c) => c.notNull())
            .addColumn('handover_note', 'text')
            .addColumn('handed_over_at', 'text')
            .addColumn('handed_to', 'text')
            .addColumn('received_at', 'text')
            .addColumn('created_at', 'text', (c) => c.notNull())
            .addColumn('updated_at', 'text', (c) => c.notNull())
            .addColumn('version', 'integer', (c) => c.notNull()),
          'duty_logs',
          'user_id',
        ),
        'duty_logs',
        'handed_to',
      ).execute();
      await db.schema.createIndex('duty_logs_org_day').on('duty_logs').columns(['tenant_id', 'org_id', 'day']).unique().execute();
      await db.schema.createIndex('duty_logs_handed_to').on('duty_logs').columns(['tenant_id', 'handed_to', 'received_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['duty_logs', 'duty_swaps', 'duty_days', 'duty_rosters']) await db.schema.dropTable(t).execute();
    },
  },
});
