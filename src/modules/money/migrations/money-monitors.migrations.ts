import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** Indexes that keep the A2.4.3 and A7.4.8 monitors' counts indexed aggregates (the compliance page counts HQ). */
export const moneyMonitorMigrations: MigrationSet = () => ({
  '2026112781_money_monitor_indexes': {
    async up(db: Kysely<unknown>) {
      // used-up books by the day they ran out
      await db.schema
        .createIndex('receipt_books_state_used_up')
        .on('receipt_books')
        .columns(['tenant_id', 'state', 'used_up_at'])
        .execute();
      // delivered invoices per office
      await db.schema.createIndex('invoices_office_delivered').on('invoices').columns(['tenant_id', 'office_id', 'delivered_at']).execute();
    },
  },
});
