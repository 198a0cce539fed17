import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { complianceNotificationsRead } from './compliance-notifications-read.migration.js';

export const complianceMigrations: MigrationSet = () => ({
  '2026112783_compliance_notifications': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notifications')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('monitor_id', 'text', (c) => c.notNull())
        .addColumn('clause_id', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('entity_label', 'text', (c) => c.notNull())
        .addColumn('text_key', 'text', (c) => c.notNull())
        .addColumn('text_values_json', 'text', (c) => c.notNull())
        .addColumn('link', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .addPrimaryKeyConstraint('notifications_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('notifications_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
        .execute();
      // a user's unread first, newest first
      await db.schema
        .createIndex('notifications_user')
        .on('notifications')
        .columns(['tenant_id', 'user_id', 'read_at', 'created_at'])
        .execute();

      await db.schema
        .createTable('seen_breaches')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('monitor_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('cleared_at', 'text')
        .addPrimaryKeyConstraint('seen_breaches_pk', ['tenant_id', 'monitor_id', 'entity_id'])
        .execute();
    },
  },
  ...complianceNotificationsRead,
});
