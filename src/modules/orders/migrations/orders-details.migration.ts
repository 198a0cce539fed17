import type { Kysely, Migration } from 'kysely';

/** Issue 9: an order type's own details (a repair's fault, location, cause) kept beside the order as JSON text. */
export const ordersDetails: Record<string, Migration> = {
  '2026120350_orders_details': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('orders')
        .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
    },
  },
};
