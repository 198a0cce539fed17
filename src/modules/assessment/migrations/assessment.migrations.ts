import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

// biome-ignore lint/suspicious/noExplicitAny: the builder's table and column types are not known to a migration
type Table = CreateTableBuilder<any, any>;

/** Keyed by tenant and id, of a staff member (`user_id`) at a node (`org_id`). */
const base = (t: Table, name: string) =>
  t
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'id'])
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_org_fk`, ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id']);

const ofUser = (t: Table, name: string) =>
  base(t, name)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(`${name}_user_fk`, ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']);

export const assessmentMigrations: MigrationSet = () => ({
  '2026120560_assessment_init': {
    async up(db: Kysely<unknown>) {
      await ofUser(db.schema.createTable('post_responsibilities'), 'post_responsibilities')
        .addColumn('post_title', 'text', (c) => c.notNull())
        .addColumn('duties', 'text', (c) => c.notNull())
        .addColumn('posted_on', 'text', (c) => c.notNull())
        .addColumn('posted_by', 'text', (c) => c.notNull())
        .addColumn('posted_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('post_responsibilities_user_id')
        .on('post_responsibilities')
        .columns(['tenant_id', 'user_id'])
        .unique()
        .execute();

      await base(db.schema.createTable('assessment_criteria'), 'assessment_criteria')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('set_by', 'text', (c) => c.notNull())
        .addColumn('set_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('assessment_criteria_org_id_year')
        .on('assessment_criteria')
        .columns(['tenant_id', 'org_id', 'year'])
        .unique()
        .execute();

      await ofUser(db.schema.createTable('rewards_penalties'), 'rewards_penalties')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('rewards_penalties_user_id_occurred_on')
        .on('rewards_penalties')
        .columns(['tenant_id', 'user_id', 'occurred_on'])
        .execute();

      await ofUser(db.schema.createTable('annual_assessments'), 'annual_assessments')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('criteria_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('annual_assessments_criteria_fk', ['tenant_id', 'criteria_id'], 'assessment_criteria', ['tenant_id', 'id'])
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('total_tenths', 'integer', (c) => c.notNull())
        .addColumn('grade', 'text', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('figures', 'text', (c) => c.notNull())
        .addColumn('assessed_by', 'text', (c) => c.notNull())
        .addColumn('assessed_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('annual_assessments_user_id_year')
        .on('annual_assessments')
        .columns(['tenant_id', 'user_id', 'year'])
        .unique()
        .execute();
    },
  },
});
