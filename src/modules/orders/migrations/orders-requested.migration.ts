import type { Kysely, Migration } from 'kysely';

/**
 * Issue 13: the orders list's default order (newest request first) walks this index and stops once it has a page.
 * Without it every request sorted every order of the caller's offices, all columns of each, to keep twenty: with
 * 60,000 orders the head office's first page took 124 ms and a large office's 50 ms on SQLite; with it, 0.2 ms.
 * `office_id` rides along so the office of an order that is not the caller's is known without reading its row
 * (a small office among many: 17 ms instead of 45 for the same walk).
 */
export const ordersRequested: Record<string, Migration> = {
  '2026120610_orders_requested': {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('orders_requested').on('orders').columns(['tenant_id', 'requested_at', 'id', 'office_id']).execute();
    },
  },
};
