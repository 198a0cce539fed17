import { type Kysely, type SqlBool, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const feedbackMigrations: MigrationSet = () => ({
  '2026120430_feedback_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('feedback')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('customer_name', 'text', (c) => c.notNull())
        .addColumn('customer_phone', 'text')
        .addColumn('unit_id', 'text')
        .addColumn('address', 'text')
        .addColumn('vehicle_plate', 'text')
        .addColumn('about_node_id', 'text')
        .addColumn('about_order_id', 'text')
        .addColumn('about_user_id', 'text')
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('valuable', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('received_by', 'text')
        .addColumn('first_reply_at', 'text')
        .addColumn('first_reply_by', 'text')
        .addColumn('reply_how', 'text')
        .addColumn('reply_text', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolution', 'text')
        .addColumn('told_at', 'text')
        .addColumn('told_by', 'text')
        .addColumn('tell_how', 'text')
        .addColumn('tell_text', 'text')
        .addColumn('outcome_satisfaction', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('reopen_count', 'integer', (c) => c.notNull())
        .addColumn('reopen_reason', 'text')
        .addColumn('spam_at', 'text')
        .addColumn('spam_by', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('feedback_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('feedback_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('feedback_number').on('feedback').columns(['tenant_id', 'number']).unique().execute();
      // the office's queue and the monitors: by office and arrival
      await db.schema.createIndex('feedback_office_received').on('feedback').columns(['tenant_id', 'office_id', 'received_at']).execute();
      await db.schema.createIndex('feedback_state').on('feedback').columns(['tenant_id', 'state', 'received_at']).execute();

      await db.schema
        .createTable('feedback_forwards')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('feedback_id', 'text', (c) => c.notNull())
        .addColumn('node_id', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('sent_by', 'text')
        .addColumn('answer', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('answered_by', 'text')
        .addPrimaryKeyConstraint('feedback_forwards_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('feedback_forwards_feedback_fk', ['tenant_id', 'feedback_id'], 'feedback', ['tenant_id', 'id'])
        .addForeignKeyConstraint('feedback_forwards_node_fk', ['tenant_id', 'node_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('feedback_forwards_feedback').on('feedback_forwards').columns(['tenant_id', 'feedback_id']).execute();
      await db.schema
        .createIndex('feedback_forwards_node')
        .on('feedback_forwards')
        .columns(['tenant_id', 'node_id', 'answered_at'])
        .execute();

      await db.schema
        .createTable('feedback_photos')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('feedback_id', 'text', (c) => c.notNull())
        .addColumn('blob_id', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('feedback_photos_pk', ['tenant_id', 'feedback_id', 'blob_id'])
        .addForeignKeyConstraint('feedback_photos_feedback_fk', ['tenant_id', 'feedback_id'], 'feedback', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('feedback_public_hits')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('address_hash', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('feedback_public_hits_pk', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('feedback_public_hits_address')
        .on('feedback_public_hits')
        .columns(['tenant_id', 'office_id', 'address_hash', 'at'])
        .execute();
    },
  },
  // a dissatisfied callback's follow-up is a complaint (issue 17 item 3): one feedback per callback
  '2026120431_feedback_callback': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('feedback').addColumn('callback_id', 'text').execute();
      await db.schema
        .createIndex('feedback_callback')
        .on('feedback')
        .columns(['tenant_id', 'callback_id'])
        .unique()
        .where(sql<SqlBool>`callback_id is not null`)
        .execute();
    },
  },
});
