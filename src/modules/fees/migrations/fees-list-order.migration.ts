import type { Kysely, Migration } from 'kysely';

/**
 * The bills list (newest period first) and the payments list (latest payment first) walk these indexes and stop once
 * they have a page. Without them every request sorted every bill or payment of the caller's offices, all columns of
 * each, to keep twenty: on SQLite, 80,000 bills took 78 ms a page and 53,000 payments 61 ms; with them 1.4 ms (the
 * bills of the newest period are still sorted by building, room and item, which lie in other tables) and 0.2 ms.
 * `office_id` rides along so a bill or payment of an office that is not the caller's is passed over without reading
 * its row.
 */
export const feesListOrder: Record<string, Migration> = {
  '2026120620_fees_list_order': {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('fee_bills_period').on('fee_bills').columns(['tenant_id', 'period', 'office_id']).execute();
      await db.schema.createIndex('fee_payments_paid').on('fee_payments').columns(['tenant_id', 'paid_at', 'id', 'office_id']).execute();
    },
  },
};
