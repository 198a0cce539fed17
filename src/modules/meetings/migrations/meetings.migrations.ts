import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** Work meetings (A1.2): the meetings, who attended each, and the action items decided. */
export const meetingsMigrations: MigrationSet = () => ({
  '2026120520_meetings_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meetings')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('meetings_pk', ['tenant_id', 'id'])
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('meetings_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('scheduled_at', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('chair_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('meetings_chair_fk', ['tenant_id', 'chair_id'], 'users', ['tenant_id', 'id'])
        .addColumn('held_at', 'text')
        .addColumn('held_on', 'text')
        .addColumn('minutes', 'text')
        .addColumn('recorder_id', 'text')
        .addForeignKeyConstraint('meetings_recorder_fk', ['tenant_id', 'recorder_id'], 'users', ['tenant_id', 'id'])
        .addColumn('recorded_by', 'text')
        .addColumn('recorded_at', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('cancelled_at', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('meetings_org_id_state_held_on')
        .on('meetings')
        .columns(['tenant_id', 'org_id', 'state', 'held_on'])
        .execute();
      await db.schema.createIndex('meetings_org_id_scheduled_at').on('meetings').columns(['tenant_id', 'org_id', 'scheduled_at']).execute();

      await db.schema
        .createTable('meeting_attendees')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('meeting_attendees_pk', ['tenant_id', 'meeting_id', 'user_id'])
        .addForeignKeyConstraint('meeting_attendees_meeting_fk', ['tenant_id', 'meeting_id'], 'meetings', ['tenant_id', 'id'])
        .addForeignKeyConstraint('meeting_attendees_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
        .addColumn('present', 'integer', (c) => c.notNull())
        .addColumn('absence_reason', 'text')
        .execute();
      await db.schema.createIndex('meeting_attendees_user_id').on('meeting_attendees').columns(['tenant_id', 'user_id']).execute();

      await db.schema
        .createTable('meeting_actions')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('meeting_actions_pk', ['tenant_id', 'id'])
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('meeting_actions_meeting_fk', ['tenant_id', 'meeting_id'], 'meetings', ['tenant_id', 'id'])
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('meeting_actions_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addForeignKeyConstraint('meeting_actions_owner_fk', ['tenant_id', 'owner_id'], 'users', ['tenant_id', 'id'])
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('done_note', 'text')
        .addColumn('done_by', 'text')
        .addColumn('done_at', 'text')
        .addColumn('done_on', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_actions_meeting_id').on('meeting_actions').columns(['tenant_id', 'meeting_id']).execute();
      await db.schema.createIndex('meeting_actions_state_due_on').on('meeting_actions').columns(['tenant_id', 'state', 'due_on']).execute();
      await db.schema
        .createIndex('meeting_actions_owner_id_state')
        .on('meeting_actions')
        .columns(['tenant_id', 'owner_id', 'state'])
        .execute();
    },
  },
});
