import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** Indexes that keep the order monitors' counts indexed aggregates (the compliance page counts HQ). */
export const orderMonitorMigrations: MigrationSet = () => ({
  '2026112782_orders_monitor_indexes': {
    async up(db: Kysely<unknown>) {
      // orders accepted before a deadline, per office (A7.4.8)
      await db.schema.createIndex('orders_office_accepted').on('orders').columns(['tenant_id', 'office_id', 'accepted_at']).execute();
      // a line's item and price without reading the row (A2.4.2.1)
      await db.schema
        .createIndex('order_lines_price')
        .on('order_lines')
        .columns(['tenant_id', 'order_id', 'item_id', 'unit_price_fen'])
        .execute();
    },
  },
  '2026112785_orders_accepted': {
    async up(db: Kysely<unknown>) {
      // the oldest accepted orders first, tenant-wide: a page of late invoices stops after its rows (A7.4.8)
      await db.schema.createIndex('orders_accepted').on('orders').columns(['tenant_id', 'accepted_at']).execute();
    },
  },
});
