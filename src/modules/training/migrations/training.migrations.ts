import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known to a migration
type Table = CreateTableBuilder<any, any>;

const base = (t: Table, name: string) =>
  t
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'id']);

/** A record kept by a station or centre: its node is its scope. */
const ofOrg = (t: Table, name: string) =>
  base(t, name)
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_org_fk`, ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id']);

const byUser = (t: Table, name: string, column: string) =>
  t.addForeignKeyConstraint(`${name}_${column}_fk`, ['tenant_id', column], 'users', ['tenant_id', 'id']);

const index = (db: Kysely<unknown>, table: string, columns: string[], unique = false) => {
  const b = db.schema
    .createIndex(`${table}_${columns.slice(1).join('_')}`)
    .on(table)
    .columns(columns);
  return (unique ? b.unique() : b).execute();
};

export const trainingMigrations: MigrationSet = () => ({
  '2026120510_training_init': {
    async up(db: Kysely<unknown>) {
      await ofOrg(db.schema.createTable('training_plans'), 'training_plans')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('half', 'text', (c) => c.notNull())
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('in_force_at', 'text')
        .addColumn('in_force_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'training_plans', ['tenant_id', 'org_id', 'year', 'half'], true);

      await base(db.schema.createTable('training_plan_items'), 'training_plan_items')
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('training_plan_items_plan_fk', ['tenant_id', 'plan_id'], 'training_plans', ['tenant_id', 'id'])
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('hours_tenths', 'integer', (c) => c.notNull())
        .execute();
      await index(db, 'training_plan_items', ['tenant_id', 'plan_id', 'position']);

      await byUser(
        ofOrg(db.schema.createTable('training_sessions'), 'training_sessions')
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('held_on', 'text', (c) => c.notNull())
          .addColumn('trainer', 'text', (c) => c.notNull())
          .addColumn('place', 'text', (c) => c.notNull())
          .addColumn('hours_tenths', 'integer', (c) => c.notNull())
          .addColumn('plan_item_id', 'text')
          .addForeignKeyConstraint('training_sessions_item_fk', ['tenant_id', 'plan_item_id'], 'training_plan_items', ['tenant_id', 'id'])
          .addColumn('note', 'text')
          .addColumn('recorded_by', 'text', (c) => c.notNull())
          .addColumn('recorded_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull()),
        'training_sessions',
        'recorded_by',
      ).execute();
      await index(db, 'training_sessions', ['tenant_id', 'org_id', 'held_on']);
      await index(db, 'training_sessions', ['tenant_id', 'plan_item_id']);

      await byUser(
        db.schema
          .createTable('training_attendees')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('session_id', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('training_attendees_pk', ['tenant_id', 'session_id', 'user_id'])
          .addForeignKeyConstraint('training_attendees_session_fk', ['tenant_id', 'session_id'], 'training_sessions', ['tenant_id', 'id']),
        'training_attendees',
        'user_id',
      ).execute();
      await index(db, 'training_attendees', ['tenant_id', 'user_id']);

      await byUser(
        byUser(
          ofOrg(db.schema.createTable('training_outside_courses'), 'training_outside_courses')
            .addColumn('user_id', 'text', (c) => c.notNull())
            .addColumn('organiser', 'text', (c) => c.notNull())
            .addColumn('title', 'text', (c) => c.notNull())
            .addColumn('from_on', 'text', (c) => c.notNull())
            .addColumn('to_on', 'text', (c) => c.notNull())
            .addColumn('hours_tenths', 'integer', (c) => c.notNull())
            .addColumn('certificate', 'text')
            .addColumn('recorded_by', 'text', (c) => c.notNull())
            .addColumn('recorded_at', 'text', (c) => c.notNull())
            .addColumn('updated_at', 'text', (c) => c.notNull())
            .addColumn('version', 'integer', (c) => c.notNull()),
          'training_outside_courses',
          'user_id',
        ),
        'training_outside_courses',
        'recorded_by',
      ).execute();
      await index(db, 'training_outside_courses', ['tenant_id', 'org_id', 'to_on']);
      await index(db, 'training_outside_courses', ['tenant_id', 'user_id', 'to_on']);
    },
  },
});
