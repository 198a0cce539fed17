import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/**
 * The cash relay of A7.4.7 and the collection checks of A2.4.2.4: a hand-over records whether the form
 * travelled with the money, a holding keeps when its payment was collected (its `since` moves with the
 * holder), and indexes keep the three monitors' counts indexed aggregates.
 */
export const moneyRelayMigrations: MigrationSet = () => ({
  '2026120160_money_relay': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('handovers')
        .addColumn('with_form', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('cash_holdings').addColumn('collected_at', 'text').execute();
      // every holding so far came from an order's payment; one without (none expected) keeps its holder's time
      await sql`update cash_holdings set collected_at = coalesce(
        (select p.collected_at from order_payments p where p.tenant_id = cash_holdings.tenant_id and p.id = cash_holdings.payment_id),
        since)`.execute(db);
      // cash still on its way to a cashier, by how long its holder has had it
      await db.schema
        .createIndex('cash_holdings_relay')
        .on('cash_holdings')
        .columns(['tenant_id', 'office_id', 'receipt_id', 'since'])
        .execute();
      // payments not yet remitted, by when they were collected
      await db.schema
        .createIndex('cash_holdings_unremitted')
        .on('cash_holdings')
        .columns(['tenant_id', 'office_id', 'remittance_id', 'collected_at'])
        .execute();
      // accepted orders still unpaid, by acceptance time
      await db.schema
        .createIndex('orders_office_state_accepted')
        .on('orders')
        .columns(['tenant_id', 'office_id', 'state', 'accepted_at'])
        .execute();
    },
  },
});
