import type { Kysely, Migration } from 'kysely';

/**
 * Issue 13: `orders_office_state` (tenant, office, state) is the front of `orders_office_state_accepted` (tenant,
 * office, state, accepted_at), which money's relay check added on the same table: every query of an office's orders
 * by state walks the longer index as well, and every transition (each changes the state) rewrote both, a page of the
 * WAL each. The longer one is made here too if it is absent, so the orders module keeps the index it reads by.
 */
export const ordersOfficeStateIndex: Record<string, Migration> = {
  '2026120710_orders_office_state_index': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('orders_office_state_accepted')
        .ifNotExists()
        .on('orders')
        .columns(['tenant_id', 'office_id', 'state', 'accepted_at'])
        .execute();
      await db.schema.dropIndex('orders_office_state').ifExists().execute();
    },
  },
};
