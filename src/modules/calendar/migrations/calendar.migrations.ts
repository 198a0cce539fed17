import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** The organisation's special days (A4.7): one row per holiday or make-up working day, keyed by the date. */
export const calendarMigrations: MigrationSet = () => ({
  '2026120401_calendar_days': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('calendar_days')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('calendar_days_pk', ['tenant_id', 'day'])
        .execute();
    },
  },
});
