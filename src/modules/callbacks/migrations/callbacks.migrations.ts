import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const callbacksMigrations: MigrationSet = () => ({
  '2026112801_callbacks_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('callback_draws')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('seed', 'text', (c) => c.notNull())
        .addColumn('candidate_ids_json', 'text', (c) => c.notNull())
        .addColumn('sample_size', 'integer', (c) => c.notNull())
        .addColumn('sampled_ids_json', 'text', (c) => c.notNull())
        .addColumn('drawn_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('callback_draws_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('callback_draws_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      // one draw per office and month: a second run of the job finds it and draws nothing
      await db.schema
        .createIndex('callback_draws_office_month')
        .on('callback_draws')
        .columns(['tenant_id', 'office_id', 'month'])
        .unique()
        .execute();

      await db.schema
        .createTable('callbacks')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('draw_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('reached', 'integer')
        .addColumn('satisfaction', 'text')
        .addColumn('comments', 'text')
        .addColumn('follow_up', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('recorded_at', 'text')
        .addColumn('recorded_by', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('callbacks_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('callbacks_draw_fk', ['tenant_id', 'draw_id'], 'callback_draws', ['tenant_id', 'id'])
        .addForeignKeyConstraint('callbacks_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .addForeignKeyConstraint('callbacks_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('callbacks_order').on('callbacks').columns(['tenant_id', 'order_id']).unique().execute();
      // the monitor counts pending callbacks of past months per office; the lists filter an office's month
      await db.schema.createIndex('callbacks_state_month').on('callbacks').columns(['tenant_id', 'state', 'month', 'office_id']).execute();
      await db.schema.createIndex('callbacks_office_month').on('callbacks').columns(['tenant_id', 'office_id', 'month']).execute();

      await db.schema
        .createTable('callback_follow_ups')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('callback_id', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('opened_by', 'text')
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('closed_by', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('callback_follow_ups_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('callback_follow_ups_callback_fk', ['tenant_id', 'callback_id'], 'callbacks', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('callback_follow_ups_callback')
        .on('callback_follow_ups')
        .columns(['tenant_id', 'callback_id'])
        .unique()
        .execute();
    },
  },
});
